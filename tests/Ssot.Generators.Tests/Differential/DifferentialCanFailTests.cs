using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Analysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// Each check of <see cref="RenameDifferential"/> fails on the breakage it is there to catch, and passes where there
/// is none: a v2 that drops a member, a build with a warning the README does not allow, a reference reported twice, a
/// rewritten public signature, a legacy class that is no longer an instance of its base class, and a consumer that
/// crashes its process.
/// </summary>
public sealed class DifferentialCanFailTests
{
    /// <summary>One sealed class that names itself in a few signatures, an interface over it, and a nested extension class.</summary>
    private static readonly RenameCase Case = new(
        "Acme.Storage",
        [
            new ClassSpec(
                "Widget",
                ClassKind.Sealed,
                "UnifiedWidget",
                Reentrant: false,
                LibraryDerives: false,
                ConsumerDerives: false,
                ConsumerQualifies: true,
                "public",
                [new MemberSpec(ApiMember.Pair, 0, 1), new MemberSpec(ApiMember.Count, 0, 2), new MemberSpec(ApiMember.Seed, 0, 3)]),
        ],
        [],
        [],
        PoolTarget: null,
        ClsCompliant: false,
        ConsumerUsingInside: false);

    [Fact]
    public void A_v2_that_drops_a_member_fails_the_old_binary_with_MissingMethodException()
    {
        (byte[] v1, byte[] consumer, string expected) = RenameDifferential.Reference(Case);
        IReadOnlyList<SourceFile> dropped = LibraryRenderer.Render(Case, v2: false)
            .Select(f => f with { Text = string.Join("\n", f.Text.Split('\n').Where(l => !l.Contains(" Pair(", StringComparison.Ordinal))) })
            .ToList();
        byte[] broken = AssemblyImage.Emit(RenameDifferential.Compile(dropped, RenameDifferential.Library(TargetFramework.Net100)));

        Assert.Empty(RenameDifferential.Compare("v1 again", expected, consumer, v1));
        Finding finding = Assert.Single(RenameDifferential.Compare("the member dropped", expected, consumer, broken));
        Assert.Equal("the member dropped: MissingMethodException", finding.Defect);
        Assert.Contains("Widget.Pair", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_with_a_base_class_passes_as_its_base_through_a_subclass_shim_and_fails_through_a_facade()
    {
        ClassSpec derived = Case.Classes[0] with { Kind = ClassKind.Plain, ConsumerQualifies = false, HasBase = true };

        Assert.Empty(RenameDifferential.Check(Case with { Classes = [derived] }));

        // A sealed class keeps a facade, which is no Component: SSOT1016 fails the build, and the step that casts fails.
        IReadOnlyList<Finding> findings = RenameDifferential.Check(Case with { Classes = [derived with { Kind = ClassKind.Sealed }] });
        Assert.Contains(findings, f => f.Defect == "v2 (net10.0) does not build: SSOT1016");
        Finding cast = Assert.Single(findings, f => f.Defect == "the v1 consumer binary against v2 (net10.0): InvalidCastException");
        Assert.Contains("Widget as its base", cast.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_outside_WarningsNotAsErrors_fails_the_build_and_the_allowed_ones_do_not()
    {
        const string source = """
            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Widget")]
                public sealed class UnifiedWidget { }

                public static class Uses
                {
                    public static object Make() => new Acme.Storage.Widget();
                    public static int Unused() { int unused; return 1; }
                }
            }
            """;
        GeneratorResult result = GeneratorRunner.Run(RenameDifferential.Compile([new SourceFile("Uses.cs", source)], RenameDifferential.Library(TargetFramework.Net100)));

        Finding finding = Assert.Single(BuildCheck.Findings("probe", result));
        Assert.Equal("probe does not build: CS0168", finding.Defect);
        Assert.NotEmpty(result.BuildDiagnosticsWithId("SSOT0001"));
    }

    [Fact]
    public void A_reference_the_compiler_reports_beside_the_analyzer_is_a_duplicate()
    {
        var @case = Case with { Classes = [Case.Classes[0] with { Members = [new MemberSpec(ApiMember.Pair, 0, 1)] }] };
        var compilation = RenameDifferential.Compile(LibraryRenderer.Render(@case, v2: true), RenameDifferential.Library(TargetFramework.NetStandard20));

        // With the package's suppressor the compiler's CS0618 gives way to the analyzer's SSOT0001 ...
        Assert.DoesNotContain(LegacyReportCheck.Findings("with", GeneratorRunner.Run(compilation), @case.Namespace, RenameDifferential.Renames(@case)), f => f.Defect.Contains("more than once", StringComparison.Ordinal));

        // ... without it, each reference is reported twice, and the check says so.
        Finding duplicate = Assert.Single(LegacyReportCheck.Findings("without", WithoutSuppressor(compilation), @case.Namespace, RenameDifferential.Renames(@case)), f => f.Defect.Contains("more than once", StringComparison.Ordinal));
        Assert.Matches(@"^without: a legacy reference is reported more than once \(CS0618(\+SSOT000[15])+\)$", duplicate.Defect);
    }

    [Fact]
    public void A_public_signature_that_changes_type_is_a_difference_in_the_public_api()
    {
        SourceFile Library(string parameter) => new("Api.cs", "namespace Acme { public sealed class A { } public sealed class B { } public static class Api { public static void Take(" + parameter + " item) { } } }");
        IReadOnlyList<string> before = PublicApi.Of(RenameDifferential.Compile([Library("A")], RenameDifferential.Library(TargetFramework.Net100)));
        IReadOnlyList<string> same = PublicApi.Of(RenameDifferential.Compile([Library("A")], RenameDifferential.Library(TargetFramework.Net100)));
        IReadOnlyList<string> after = PublicApi.Of(RenameDifferential.Compile([Library("B")], RenameDifferential.Library(TargetFramework.Net100)));

        Assert.Empty(PublicApi.Difference(before, same));
        Assert.Equal("  - public static void Acme.Api.Take(Acme.A)\n  + public static void Acme.Api.Take(Acme.B)", PublicApi.Difference(before, after));
    }

    [Fact]
    public void A_consumer_that_crashes_its_process_is_reported_and_the_next_run_still_works()
    {
        (byte[] v1, byte[] consumer, string expected) = RenameDifferential.Reference(Case);
        const string crashing = """
            namespace App
            {
                public static class Program
                {
                    public static string Run() => Deeper(0).ToString();

                    private static int Deeper(int depth) => Deeper(depth + 1) + 1;
                }
            }
            """;
        byte[] crasher = AssemblyImage.Emit(RenameDifferential.Compile([new SourceFile("Program.cs", crashing)], RenameDifferential.Consumer(v1)));

        Assert.StartsWith(TranscriptWorker.CrashMarker, Transcript.Run(crasher, v1), StringComparison.Ordinal);
        Assert.Equal(expected, Transcript.Run(consumer, v1));
    }

    /// <summary>A build of the package's generator and analyzers without its suppressor: what the compiler says stays.</summary>
    private static GeneratorResult WithoutSuppressor(Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation)
    {
        GeneratorDriver driver = GeneratorRunner.CreateDriver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new CanonicalUsageAnalyzer(), new LegacyReferenceAnalyzer()];
        ImmutableArray<Diagnostic> all = output.WithAnalyzers(analyzers).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return new GeneratorResult(compilation, output, driver.GetRunResult(), [], all);
    }
}
