using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Ssot.Generators.Analysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Analysis;

/// <summary>
/// Each usage error of the attribute has its own ID, points at the offending argument, and skips only that
/// type's output: a second, valid canonical type in the same compilation still gets its shim.
/// </summary>
public sealed class UsageDiagnosticsTests
{
    private const string ValidNeighbour = """

        namespace Fine
        {
            [Ssot.Canonical("Old.Fine.Neighbour")]
            public sealed class GoodNeighbour { public int Value => 1; }
        }
        """;

    [Theory]
    [InlineData("""[Canonical()]""", "SSOT1001", "Canonical()")]
    [InlineData("""[Canonical("")]""", "SSOT1002", "\"\"")]
    [InlineData("""[Canonical("   ")]""", "SSOT1002", "\"   \"")]
    [InlineData("""[Canonical("global::Old.Thing")]""", "SSOT1002", "\"global::Old.Thing\"")]
    [InlineData("""[Canonical("Old..Thing")]""", "SSOT1002", "\"Old..Thing\"")]
    [InlineData("""[Canonical("Old.Th-ing")]""", "SSOT1002", "\"Old.Th-ing\"")]
    [InlineData("""[Canonical("Old.@class")]""", "SSOT1002", "\"Old.@class\"")]
    [InlineData("""[Canonical("Old.nint")]""", "SSOT1002", "\"Old.nint\"")]
    [InlineData("""[Canonical("Old.unmanaged+Thing")]""", "SSOT1002", "\"Old.unmanaged+Thing\"")]
    [InlineData("""[Canonical("dynamic.Thing")]""", "SSOT1002", "\"dynamic.Thing\"")]
    [InlineData("""[Canonical((string[]?)null)]""", "SSOT1001", "Canonical((string[]?)null)")]
    [InlineData("""[Canonical("Old.Thing", "Old.Thing")]""", "SSOT1003", "\"Old.Thing\"")]
    [InlineData("""[Canonical("New.Thing")]""", "SSOT1004", "\"New.Thing\"")]
    [InlineData("""[Canonical("Old.Thing`1")]""", "SSOT1007", "\"Old.Thing`1\"")]
    [InlineData("""[Canonical("Old.Thing", Shim = ShimKind.Subclass)]""", "SSOT1008", "Shim = ShimKind.Subclass")]
    [InlineData("""[Canonical("Old.Thing", DiagnosticId = "SSOT 1")]""", "SSOT1012", "DiagnosticId = \"SSOT 1\"")]
    [InlineData("""[Canonical("Old.Thing", ServiceTypes = new[] { typeof(System.IDisposable) })]""", "SSOT3002", "typeof(System.IDisposable)")]
    [InlineData("""[Canonical("Old.Thing", ServiceTypes = new[] { typeof(System.Collections.Generic.IList<>) })]""", "SSOT3002", "typeof(System.Collections.Generic.IList<>)")]
    [InlineData("""[Canonical("Old.Thing", RegistrationMethod = "Add Thing")]""", "SSOT3003", "RegistrationMethod = \"Add Thing\"")]
    public void A_usage_error_is_reported_at_its_argument_and_skips_only_that_type(string attribute, string id, string location)
    {
        string source = "using Ssot;\nnamespace New\n{\n    " + attribute + "\n    public sealed class Thing { }\n}\n" + ValidNeighbour;

        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.AnalyzerDiagnostics.Select(GeneratorResult.Describe), d => d.StartsWith(id, System.StringComparison.Ordinal));
        Assert.Contains("[" + location + "]", diagnostic, System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.Contains("Old.Thing", System.StringComparison.Ordinal));
        Assert.Contains("Ssot.Shim.Old.Fine.Neighbour.g.cs", result.Sources.Keys);
        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    // The analyzer only parses types whose attribute lists name the attribute: through an alias, or an alias of an alias.
    [Theory]
    [InlineData("using C = Ssot.CanonicalAttribute;\nnamespace New\n{\n    [C(\"Old.Thing\", \"Old.Thing\")]\n    public sealed class Thing { }\n}\n")]
    [InlineData("using A = Ssot.CanonicalAttribute;\nnamespace New\n{\n    using B = A;\n    [B(\"Old.Thing\", \"Old.Thing\")]\n    public sealed class Thing { }\n}\n")]
    [InlineData("using S = Ssot;\nnamespace New\n{\n    [S::Canonical(\"Old.Thing\", \"Old.Thing\")]\n    public sealed class Thing { }\n}\n")]
    [InlineData("namespace New\n{\n    [type: global::Ssot.CanonicalAttribute(\"Old.Thing\", \"Old.Thing\")]\n    public sealed class Thing { }\n}\n")]
    public void An_attribute_written_through_an_alias_is_analyzed(string source)
    {
        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.AnalyzerDiagnostics.Select(GeneratorResult.Describe), d => d.StartsWith("SSOT1003", System.StringComparison.Ordinal));
        Assert.Contains("Old.Thing", diagnostic, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public sealed class Thing { }", 0)]
    [InlineData("[System.Serializable] public sealed class Thing { }", 0)]
    [InlineData("[Ssot.Canonical(\"Old.Thing\")] public sealed class Thing { }", 1)]
    public async Task Without_the_attribute_in_source_the_analyzer_registers_no_per_type_action(string declaration, int symbolActions)
    {
        Compilation compilation = new TestCompilation().Create("namespace New { " + declaration + " }");
        var analyzer = new CanonicalUsageAnalyzer();
        CompilationWithAnalyzers analyzed = compilation.WithAnalyzers(
            [analyzer],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));

        AnalyzerTelemetryInfo telemetry = await analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);

        Assert.Equal(symbolActions, telemetry.SymbolActionsCount);
        Assert.Equal(symbolActions, telemetry.CompilationEndActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount);
    }

    [Theory]
    [InlineData("using Base = Old.Thing;\nnamespace Legacy { public class Derived : Base { } }")]
    [InlineData("namespace Legacy { using static Outer; public class Derived : global::Old.Thing { } public static class Outer { } }")]
    public void Deriving_from_a_facade_through_an_alias_or_a_global_name_is_reported(string legacy)
    {
        string source = "#pragma warning disable SSOT0001, SSOT0002\n" + legacy + "\nnamespace New { [Ssot.Canonical(\"Old.Thing\", Shim = Ssot.ShimKind.Facade)] public class Thing2 { } }";

        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.DiagnosticsWithId("SSOT1011"));
        Assert.Contains("ShimKind.Subclass", diagnostic, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public static class Thing { }", "Subclass", "a static class cannot be derived from")]
    [InlineData("public struct Thing { }", "Subclass", "a struct cannot be derived from")]
    [InlineData("public record struct Thing(int X);", "Subclass", "a struct cannot be derived from")]
    [InlineData("public class Thing { private Thing() { } }", "Subclass", "no constructor a derived class can call")]
    [InlineData("public abstract class Thing { }", "Facade", "cannot construct an abstract type")]
    [InlineData("public interface Thing { }", "Facade", "an interface has no instance to wrap")]
    [InlineData("public static class Thing { }", "Facade", "a static class has no instance to wrap")]
    public void A_shim_shape_that_cannot_exist_says_why(string declaration, string shim, string reason)
    {
        string source = "using Ssot;\nnamespace New\n{\n    [Canonical(\"Old.Thing\", Shim = ShimKind." + shim + ")]\n    " + declaration + "\n}\n";

        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.DiagnosticsWithId("SSOT1008"));
        Assert.Contains(reason, diagnostic, System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.StartsWith("Ssot.Shim.", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("public class Outer { [Canonical(\"Old.Thing\")] private sealed class Thing { } }", "private or protected")]
    [InlineData("public class Outer { [Canonical(\"Old.Thing\")] protected sealed class Thing { } }", "private or protected")]
    [InlineData("file sealed class Thing { }", "file-local")]
    [InlineData("public class Outer<T> { [Canonical(\"Old.Thing\")] public sealed class Thing { } }", "nested in a generic type")]
    [InlineData("public ref struct Thing { }", "ref struct")]
    public void A_canonical_type_shims_cannot_name_is_reported(string declaration, string reason)
    {
        string attributed = declaration.Contains("[Canonical", System.StringComparison.Ordinal) ? declaration : "[Canonical(\"Old.Thing\")] " + declaration;
        string source = "using Ssot;\nnamespace New\n{\n    " + attributed + "\n}\n";

        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.DiagnosticsWithId("SSOT1009"));
        Assert.Contains(reason, diagnostic, System.StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Two_canonical_types_claiming_one_legacy_name_are_both_reported_and_neither_emits_it()
    {
        const string source = """
            using Ssot;
            namespace New
            {
                [Canonical("Old.Thing")] public sealed class First { }
                [Canonical("Old.Thing", "Old.Other")] public sealed class Second { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile();

        Assert.Equal(2, result.DiagnosticsWithId("SSOT1005").Count);
        Assert.DoesNotContain("Ssot.Shim.Old.Thing.g.cs", result.Sources.Keys);
        Assert.Contains("Ssot.Shim.Old.Other.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void A_hand_written_legacy_type_is_an_error_and_gets_no_shim()
    {
        const string source = """
            using Ssot;
            namespace New
            {
                [Canonical("Old.Thing")] public sealed class Thing2 { }
            }
            namespace Old
            {
                public sealed class Thing { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.DiagnosticsWithId("SSOT1006"));
        Assert.Contains("[Thing]", diagnostic, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Ssot.Shim.Old.Thing.g.cs", result.Sources.Keys);
        Assert.DoesNotContain(result.CompilerDiagnostics, d => d.Id == "CS0101");
    }

    [Fact]
    public void Legacy_code_deriving_from_a_facade_is_told_to_choose_Subclass()
    {
        const string source = """
            using Ssot;
            namespace New
            {
                [Canonical("Old.Thing", Shim = ShimKind.Facade)] public class Thing2 { }
            }
            namespace Legacy
            {
            #pragma warning disable SSOT0001
                public class Derived : Old.Thing { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.DiagnosticsWithId("SSOT1011"));
        Assert.Contains("[Old.Thing]", diagnostic, System.StringComparison.Ordinal);
        Assert.Contains("ShimKind.Subclass", diagnostic, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_without_dependency_injection_is_skipped_with_an_info()
    {
        GeneratorResult result = GeneratorRunner.Run(
            "namespace New { [Ssot.Canonical(\"Old.Thing\")] public sealed class Thing { } }",
            new TestCompilation { WithDependencyInjection = false }).ShouldCompile();

        Assert.Single(result.DiagnosticsWithId("SSOT3001"));
        Assert.DoesNotContain("Ssot.Registrations.g.cs", result.Sources.Keys);
        Assert.Contains("Ssot.Shim.Old.Thing.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void An_explicit_lifetime_on_a_type_that_cannot_be_registered_is_reported()
    {
        GeneratorResult result = GeneratorRunner.Run(
            "namespace New { [Ssot.Canonical(\"Old.Thing\", Lifetime = Ssot.CanonicalLifetime.Scoped)] public abstract class Thing { } }")
            .ShouldCompile();

        string diagnostic = Assert.Single(result.DiagnosticsWithId("SSOT3004"));
        Assert.Contains("abstract", diagnostic, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_types_wanting_one_registration_method_are_reported_and_neither_gets_it()
    {
        const string source = """
            namespace A { [Ssot.Canonical("Old.A.Thing")] public sealed class Thing { } }
            namespace B { [Ssot.Canonical("Old.B.Thing")] public sealed class Thing { } }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT2004");

        Assert.Equal(2, result.DiagnosticsWithId("SSOT3005").Count);
        Assert.DoesNotContain("Ssot.Registrations.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void A_half_typed_attribute_reports_nothing_odd_and_never_throws()
    {
        const string source = """
            using Ssot;
            namespace New
            {
                [Canonical("Old.Thing", Shim = )]
                public sealed class Thing { }
                [Canonical(
                public sealed class Other { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(result.AnalyzerDiagnostics, d => d.Id == "AD0001");
    }
}
