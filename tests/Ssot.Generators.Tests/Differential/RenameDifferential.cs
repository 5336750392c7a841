using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// One case end to end. v1 is built and a consumer compiled against it; the consumer's transcript against v1 is the
/// reference. Then v2 is built for both targets with the package, and the old consumer binary runs against each
/// build, and against v2 after the README's format step; the consumer's unchanged source is compiled against v2 with
/// the package (as a downstream project gets it) and run. Every build must pass the README's warnings-as-errors setup,
/// every legacy mention must be reported once, and every transcript must be v1's.
/// </summary>
internal static class RenameDifferential
{
    public static IReadOnlyList<Finding> Check(RenameCase @case)
    {
        var findings = new List<Finding>();
        IReadOnlyList<SourceFile> v2Sources = Author(@case, LibraryRenderer.Render(@case, v2: true));
        IReadOnlyList<SourceFile> consumerSources = ConsumerRenderer.Render(@case);

        // v1 and the consumer against it: the reference. Any fault here is the case generator's.
        (byte[] v1Image, byte[] consumerImage, string expected) = Reference(@case);

        // v2, each target: builds, reports, and the old binary against it.
        byte[]? v2NetImage = null;
        IReadOnlyList<string>? v2Api = null;
        IEnumerable<Diagnostic> v2NetDiagnostics = [];
        HashSet<string> v2NetFailures = [];
        foreach (TargetFramework framework in new[] { TargetFramework.Net100, TargetFramework.NetStandard20 })
        {
            string build = "v2 (" + Moniker(framework) + ")";
            GeneratorResult v2 = GeneratorRunner.Run(Compile(v2Sources, Library(framework)), Library(framework));
            findings.AddRange(BuildCheck.Findings(build, v2));
            findings.AddRange(LegacyReportCheck.Findings(build, v2, @case.Namespace, Renames(@case)));
            if (framework == TargetFramework.Net100)
            {
                v2NetDiagnostics = v2.BuildDiagnostics;
                v2NetFailures = BuildCheck.Failing(v2.BuildDiagnostics).Select(d => d.Id).ToHashSet();
            }

            if (Emit(v2) is { } image)
            {
                findings.AddRange(Compare("the v1 consumer binary against " + build, expected, consumerImage, image));
                if (framework == TargetFramework.Net100)
                {
                    (v2NetImage, v2Api) = (image, PublicApi.Of(v2.Output));
                }
            }
        }

        // The README's routine format step: it must leave the library's public signatures alone.
        IReadOnlyList<SourceFile> formatted = FormatRoutine.Apply(v2Sources, Library(TargetFramework.Net100), v2NetDiagnostics);
        GeneratorResult afterFormat = GenerateOnly(Compile(formatted, Library(TargetFramework.Net100)));
        const string formattedBuild = "v2 after the format step (net10.0)";
        // Only what the step broke: a build failure v2 already had is reported there.
        findings.AddRange(BuildCheck.Findings(formattedBuild, afterFormat).Where(f => !v2NetFailures.Contains(f.Defect.Substring(f.Defect.LastIndexOf(':') + 2))));
        if (Emit(afterFormat) is { } formattedImage)
        {
            if (v2Api is not null && PublicApi.Difference(v2Api, PublicApi.Of(afterFormat.Output)) is { Length: > 0 } difference)
            {
                findings.Add(new Finding("the format step rewrites the library's public signatures", difference + "\n" + Changes(v2Sources, formatted)));
            }

            findings.AddRange(Compare("the v1 consumer binary against " + formattedBuild, expected, consumerImage, formattedImage));
        }

        // The consumer's unchanged source against v2, with the package flowing to it.
        if (v2NetImage is not null)
        {
            TestCompilation downstream = Consumer(v2NetImage);
            GeneratorResult recompiled = GeneratorRunner.Run(Compile(consumerSources, downstream), downstream);
            const string consumerBuild = "the consumer recompiled against v2 (net10.0)";
            findings.AddRange(BuildCheck.Findings(consumerBuild, recompiled));
            findings.AddRange(LegacyReportCheck.Findings(consumerBuild, recompiled, @case.Namespace, Renames(@case)));
            if (Emit(recompiled) is { } image)
            {
                findings.AddRange(Compare(consumerBuild + ", run", expected, image, v2NetImage));
            }
        }

        return findings;
    }

    /// <summary>
    /// v1 (net10.0), the consumer compiled against it, and its transcript: what every later run must reproduce. v1 must
    /// build with no warning for both targets, the consumer too, and it must run without failing; otherwise the case
    /// generator is at fault, not the product.
    /// </summary>
    public static (byte[] Library, byte[] Consumer, string Transcript) Reference(RenameCase @case)
    {
        IReadOnlyList<SourceFile> sources = LibraryRenderer.Render(@case, v2: false);
        CleanImage("v1 (netstandard2.0)", Compile(sources, Library(TargetFramework.NetStandard20)));
        byte[] v1 = CleanImage("v1 (net10.0)", Compile(sources, Library(TargetFramework.Net100)));
        byte[] consumer = CleanImage("the consumer against v1", Compile(ConsumerRenderer.Render(@case), Consumer(v1)));
        string transcript = Transcript.Run(consumer, v1);
        if (transcript.Contains(" => !", System.StringComparison.Ordinal) || transcript.StartsWith(TranscriptWorker.CrashMarker, System.StringComparison.Ordinal))
        {
            throw new HarnessException("The consumer fails against v1 itself (a case generator bug):\n" + transcript);
        }

        return (v1, consumer, transcript);
    }

    /// <summary>
    /// The author's step after the rename: the warnings the rename raises in the library's own code that fail the build
    /// and have a fix are fixed, as the author would (SSOT1023's cast to the canonical type). Only a renamed class's
    /// <c>Same</c> compares identities, so other cases skip the extra build.
    /// </summary>
    private static IReadOnlyList<SourceFile> Author(RenameCase @case, IReadOnlyList<SourceFile> v2Sources)
    {
        if (!@case.Classes.Any(c => c.IsRenamed && c.Members.Any(m => m.Kind == ApiMember.Same)))
        {
            return v2Sources;
        }

        GeneratorResult built = GeneratorRunner.Run(Compile(v2Sources, Library(TargetFramework.Net100)), Library(TargetFramework.Net100));
        return built.BuildDiagnosticsWithId("SSOT1023").Count == 0
            ? v2Sources
            : FormatRoutine.Apply(v2Sources, Library(TargetFramework.Net100), built.BuildDiagnostics, FormatRoutine.Author);
    }

    /// <summary>Emits a build that must have no error and no warning; its diagnostics come from the emit itself (one binding pass).</summary>
    public static byte[] CleanImage(string what, Compilation compilation)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(stream);
        List<Diagnostic> problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!emitted.Success || problems.Count > 0)
        {
            throw new HarnessException(what + " does not build cleanly (a case generator bug):\n" + string.Join("\n", problems.Select(BuildCheck.Describe)));
        }

        return stream.ToArray();
    }

    /// <summary>Old simple name to new simple name, for each class v2 renames.</summary>
    public static IReadOnlyDictionary<string, string> Renames(RenameCase @case) => @case.Classes.Where(c => c.IsRenamed).ToDictionary(c => c.Name, c => c.NewName!);

    public static string Moniker(TargetFramework framework) => framework == TargetFramework.Net100 ? "net10.0" : "netstandard2.0";

    public static TestCompilation Library(TargetFramework framework) =>
        new() { AssemblyName = RenameCase.LibraryAssembly, Framework = framework, WithDependencyInjection = false };

    public static TestCompilation Consumer(byte[] library) =>
        new() { AssemblyName = RenameCase.ConsumerAssembly, WithDependencyInjection = false, ExtraReferences = [MetadataReference.CreateFromImage(library)] };

    /// <summary>A compilation whose trees carry the files' names, so that every report says which file.</summary>
    public static CSharpCompilation Compile(IReadOnlyList<SourceFile> files, TestCompilation options) =>
        Empty(options).AddSyntaxTrees(files.Select(f => CSharpSyntaxTree.ParseText(f.Text, options.ParseOptions, path: f.Path)));

    // One empty compilation per library target, grown by AddSyntaxTrees: it keeps the bound references (a large part of a
    // small compilation's cost) instead of binding them again for each case.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<TargetFramework, CSharpCompilation> EmptyLibraries = new();

    private static CSharpCompilation Empty(TestCompilation options)
    {
        CSharpCompilation Create() => CSharpCompilation.Create(
            options.AssemblyName,
            [],
            options.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: options.Nullable, deterministic: true, warningLevel: 9999));
        return options == Library(options.Framework) ? EmptyLibraries.GetOrAdd(options.Framework, _ => Create()) : Create();
    }

    /// <summary>
    /// The generator alone and the compiler's diagnostics, for a build whose analyzer reports are not what is checked:
    /// the format step's output, where the usage diagnostics are those of v2 and the legacy reports are allowed.
    /// </summary>
    private static GeneratorResult GenerateOnly(CSharpCompilation compilation)
    {
        GeneratorDriver driver = GeneratorRunner.CreateDriver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return new GeneratorResult(compilation, output, driver.GetRunResult(), [], output.GetDiagnostics());
    }

    /// <summary>A finding when the consumer's transcript against <paramref name="library"/> is not <paramref name="expected"/>.</summary>
    public static IEnumerable<Finding> Compare(string run, string expected, byte[] consumer, byte[] library)
    {
        string actual = Transcript.Run(consumer, library);
        if (Transcript.Difference(expected, actual) is { } difference)
        {
            yield return new Finding(run + ": " + Transcript.FirstFailure(expected, actual), difference);
        }
    }

    /// <summary>The image of a build that has no compiler error (warnings as errors do not stop the run), else null.</summary>
    private static byte[]? Emit(GeneratorResult result)
    {
        if (BuildCheck.HasErrors(result))
        {
            return null;
        }

        using var stream = new MemoryStream();
        return result.Output.Emit(stream).Success ? stream.ToArray() : null;
    }

    /// <summary>The lines the format step removed (-) and wrote (+), file by file.</summary>
    private static string Changes(IReadOnlyList<SourceFile> before, IReadOnlyList<SourceFile> after) =>
        string.Join("\n", before.Zip(after).SelectMany(p =>
        {
            string[] old = p.First.Text.Split('\n');
            string[] now = p.Second.Text.Split('\n');
            return old.Except(now).Select(l => "  " + p.First.Path + " - " + l.Trim()).Concat(now.Except(old).Select(l => "  " + p.First.Path + " + " + l.Trim()));
        }));
}
