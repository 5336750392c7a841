using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Properties;

/// <summary>Everything one case produced: the input's own diagnostics, the build with the generator, and the reruns.</summary>
/// <param name="Expected">What the case must produce, decided from the case and its declarations before generation.</param>
/// <param name="InputDiagnostics">The input's warnings and errors before generation (the legacy-references file left out: it names shims).</param>
/// <param name="Exceptions">What the generator threw (nothing, it must be).</param>
/// <param name="Sources">The generated files by hint name.</param>
/// <param name="BuildDiagnostics">What a build with the generator shows, after the package's suppressions, hidden ones left out.</param>
/// <param name="UsageDiagnostics">What the usage analyzer (the attribute's own diagnostics) reported.</param>
/// <param name="Reruns">The generated files of further runs, labelled by culture, each on a fresh driver and a fresh compilation.</param>
internal sealed record CaseRun(
    CanonicalCase Case,
    CaseExpectations Expected,
    CSharpCompilation Input,
    ImmutableArray<Diagnostic> InputDiagnostics,
    Compilation? Output,
    ImmutableArray<Exception> Exceptions,
    IReadOnlyDictionary<string, string> Sources,
    ImmutableArray<Diagnostic> BuildDiagnostics,
    ImmutableArray<Diagnostic> UsageDiagnostics,
    IReadOnlyList<(string Label, IReadOnlyDictionary<string, string> Sources)> Reruns)
{
    /// <summary>The cultures the generator must not notice: Turkish i, Arabic digits and calendar, Swedish minus sign and collation.</summary>
    public static readonly CultureInfo[] Cultures =
    [
        CultureInfo.GetCultureInfo("tr-TR"), CultureInfo.GetCultureInfo("ar-SA"), CultureInfo.GetCultureInfo("sv-SE"), CultureInfo.InvariantCulture,
    ];

    public static CaseRun Execute(CanonicalCase @case)
    {
        var options = new TestCompilation { WithDependencyInjection = @case.WithDependencyInjection };
        (CSharpCompilation declarations, CaseExpectations expected) = Declare(@case, options);
        CSharpCompilation input = declarations.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(CaseRenderer.RenderUsage(expected.Shims.Select(s => s.Legacy)), options.ParseOptions, path: CaseRenderer.UsageFile));

        ImmutableArray<Diagnostic> inputDiagnostics = input.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath != CaseRenderer.UsageFile)
            .ToImmutableArray();
        if (inputDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // A broken case is the case generator's fault: do not blame the product for it.
            return new CaseRun(@case, expected, input, inputDiagnostics, null, [], new Dictionary<string, string>(), [], [], []);
        }

        GeneratorResult result = GeneratorRunner.Run(input, options);
        var reruns = new List<(string, IReadOnlyDictionary<string, string>)> { ("second run, " + CultureInfo.CurrentCulture.Name, GenerateOnly(input)) };
        foreach (CultureInfo culture in Cultures)
        {
            reruns.Add((culture.Name.Length == 0 ? "invariant" : culture.Name, InCulture(culture, () => GenerateOnly(input))));
        }

        return new CaseRun(
            @case,
            expected,
            input,
            inputDiagnostics,
            result.Output,
            result.Run.Results.Select(r => r.Exception).OfType<Exception>().ToImmutableArray(),
            result.Sources,
            result.BuildDiagnostics,
            result.AnalyzerDiagnostics,
            reruns);
    }

    /// <summary>The case's declarations compiled (without the legacy references, which name shims), and what it must produce.</summary>
    public static (CSharpCompilation Declarations, CaseExpectations Expected) Declare(CanonicalCase @case, TestCompilation options)
    {
        CSharpCompilation declarations = CSharpCompilation.Create(
            options.AssemblyName,
            CaseRenderer.Render(@case).Select(f => CSharpSyntaxTree.ParseText(f.Text, options.ParseOptions, path: f.Path)),
            options.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: options.Nullable, deterministic: true, warningLevel: 9999));
        return (declarations, CaseExpectations.For(@case, declarations));
    }

    /// <summary>Runs the generator alone on a fresh driver over a fresh copy of the compilation (no cached semantics).</summary>
    public static IReadOnlyDictionary<string, string> GenerateOnly(CSharpCompilation input)
    {
        CSharpCompilation fresh = input.Clone();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(fresh).RunGenerators(fresh);
        return driver.GetRunResult().Results
            .SelectMany(r => r.Exception is null ? r.GeneratedSources : throw new InvalidOperationException("The generator threw.", r.Exception))
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
    }

    public static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo culture0 = CultureInfo.CurrentCulture;
        CultureInfo uiCulture0 = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = uiCulture0;
        }
    }
}
