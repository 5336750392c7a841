using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// <c>[Canonical]</c> takes one legacy name without an array, so a CLS-compliant library (CS3016: arrays as attribute
/// arguments are not CLS-compliant) needs no suppression; every reader of the attribute sees the one-name form, written
/// as a literal or as any other constant, as it sees the array.
/// </summary>
public sealed class AttributeConstructorTests
{
    /// <summary>A class renamed in place: its own members still say the old name, which the shim must forward.</summary>
    private const string Renamed = """
        namespace Acme.Storage
        {
            [Ssot.Canonical(NAMES)]
            public sealed class UnifiedWidget
            {
                public UnifiedWidget(int value) { Value = value; }

                public int Value { get; }

                public static Widget Create(int value) => new Widget(value);

                public string Pair(Widget other) => Value + "+" + other.Value;
            }

            internal static class Names
            {
                public const string Namespace = "Acme.Storage";

                public const string Widget = Namespace + ".Widget";
            }
        }
        """;

    [Theory]
    [InlineData(TargetFramework.Net100)]
    [InlineData(TargetFramework.NetStandard20)]
    public void One_legacy_name_builds_in_a_CLS_compliant_library_with_warnings_as_errors(TargetFramework framework)
    {
        string source = "[assembly: System.CLSCompliant(true)]\n" + Renamed.Replace("NAMES", "\"Acme.Storage.Widget\"", System.StringComparison.Ordinal);

        GeneratorResult result = RunWithWarningsAsErrors(source, framework);

        Assert.Empty(result.BuildDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorResult.Describe));
        Assert.Contains("Ssot.Shim.Acme.Storage.Widget.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void Several_legacy_names_still_take_the_array_and_CS3016_says_so_in_a_CLS_compliant_library()
    {
        const string source = """
            [assembly: System.CLSCompliant(true)]
            namespace New { [Ssot.Canonical("Old.A", "Old.B")] public sealed class A { } }
            """;

        GeneratorResult result = RunWithWarningsAsErrors(source, TargetFramework.Net100);

        Assert.Equal(["CS3016"], result.BuildDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id));
        Assert.Contains("Ssot.Shim.Old.B.g.cs", result.Sources.Keys);
    }

    [Theory]
    [InlineData("Names.Widget")]
    [InlineData("Names.Namespace + \".Widget\"")]
    [InlineData("new[] { Names.Widget }")]
    [InlineData("new string[] { \"Acme.Storage.Widget\" }")]
    [InlineData("[\"Acme.Storage.Widget\"]")]
    public void Every_form_of_the_names_generates_what_the_literal_one_name_form_generates(string names)
    {
        GeneratorResult literal = GeneratorRunner.Run(Renamed.Replace("NAMES", "\"Acme.Storage.Widget\"", System.StringComparison.Ordinal)).ShouldCompile("SSOT0001", "SSOT0005");

        GeneratorResult written = GeneratorRunner.Run(Renamed.Replace("NAMES", names, System.StringComparison.Ordinal)).ShouldCompile("SSOT0001", "SSOT0005");

        // The shim forwards the members whose signatures say the legacy name: the names were found before it existed.
        string shim = literal.Source("Ssot.Shim.Acme.Storage.Widget.g.cs");
        Assert.Contains(" Create(int value)", shim, System.StringComparison.Ordinal);
        Assert.Contains(" Pair(", shim, System.StringComparison.Ordinal);
        Assert.Equal(literal.Sources.OrderBy(s => s.Key), written.Sources.OrderBy(s => s.Key));
        Assert.Equal(Described(literal.AnalyzerDiagnostics), Described(written.AnalyzerDiagnostics));
    }

    [Theory]
    [InlineData("""[Canonical((string?)null)]""", "SSOT1002", "(string?)null")]
    [InlineData("""[Canonical((string[]?)null)]""", "SSOT1001", "Canonical((string[]?)null)")]
    [InlineData("""[Canonical(Bad)]""", "SSOT1002", "Bad")]
    public void A_wrong_name_in_either_form_is_reported_at_its_argument(string attribute, string id, string location)
    {
        string source = "using Ssot;\nnamespace New\n{\n    " + attribute + "\n    public sealed class Thing { public const string Bad = \"Old..Thing\"; }\n}\n";

        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.AnalyzerDiagnostics.Select(GeneratorResult.Describe), d => d.StartsWith(id, System.StringComparison.Ordinal));
        Assert.Contains("[" + location + "]", diagnostic, System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources.Keys, k => k.StartsWith("Ssot.Shim.", System.StringComparison.Ordinal));
    }

    /// <summary>A build as a project with <c>TreatWarningsAsErrors</c> and the README's <c>WarningsNotAsErrors</c> runs it.</summary>
    private static GeneratorResult RunWithWarningsAsErrors(string source, TargetFramework framework)
    {
        var options = new TestCompilation { Framework = framework };
        CSharpCompilation compilation = options.Create(source);
        var notAsErrors = new Dictionary<string, ReportDiagnostic>
        {
            ["SSOT0001"] = ReportDiagnostic.Warn,
            ["SSOT0002"] = ReportDiagnostic.Warn,
            ["SSOT0003"] = ReportDiagnostic.Warn,
            ["SSOT0005"] = ReportDiagnostic.Warn,
            ["SSOT0006"] = ReportDiagnostic.Warn,
        };
        return GeneratorRunner.Run(
            compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error).WithSpecificDiagnosticOptions(notAsErrors)),
            options);
    }

    private static IEnumerable<string> Described(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order();
}
