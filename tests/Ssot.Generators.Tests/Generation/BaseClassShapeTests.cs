using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// A canonical class whose base class is not object: old code passes the legacy type where the base is expected, which
/// only a subclass shim serves (a facade is no instance of the base: CS1503 in source, InvalidCastException in old
/// binaries). <c>ShimKind.Auto</c> chooses Subclass wherever one can exist; where the facade stays (asked for, a sealed
/// class, no constructor a derived class can call) SSOT1016 says what breaks.
/// </summary>
public sealed class BaseClassShapeTests
{
    private const string Handlers = """
        namespace New.Handlers
        {
            public abstract class HandlerBase
            {
                public abstract string Handle(string input);

                public string Name => GetType().Name;
            }

            public static class Pipeline
            {
                public static string Run(HandlerBase handler, string input) => handler.Handle(input);

                public static string Describe(this HandlerBase handler) => handler.Handle("described");
            }
        }
        """;

    /// <summary>Old code that passes the legacy type where its base class is expected.</summary>
    private const string PassesLegacyAsBase = """
        using New.Handlers;

        namespace Legacy.Callers
        {
            public static class Uses
            {
                public static string Run()
                {
                    /*!*/Old.Ns.Handler handler = new /*!*/Old.Ns.Handler();
                    New.Handlers.HandlerBase asBase = handler;
                    System.Collections.Generic.IEnumerable<New.Handlers.HandlerBase> all = new System.Collections.Generic.List</*!*/Old.Ns.Handler> { handler };
                    object boxed = handler;
                    return New.Handlers.Pipeline.Run(handler, "x") + "|" + asBase.Handle("y") + "|" + handler.Describe() + "|" + System.Linq.Enumerable.Count(all) + "|" + (boxed is New.Handlers.HandlerBase);
                }
            }
        }
        """;

    [Fact]
    public void Auto_gives_an_unsealed_class_with_a_base_class_a_subclass_that_old_code_passes_as_the_base()
    {
        const string canonical = """
            namespace New.Handlers
            {
                [Ssot.Canonical("Old.Ns.Handler")]
                public class JsonHandler : HandlerBase
                {
                    public JsonHandler() { }

                    public JsonHandler(int depth) { Depth = depth; }

                    public int Depth { get; }

                    public static JsonHandler Default { get; } = new JsonHandler();

                    public override string Handle(string input) => "json:" + input;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Handlers + canonical, PassesLegacyAsBase)).ShouldCompile("SSOT0001");

        Snapshot.Verify("Shape.BaseClassSubclass", result.Source("Ssot.Shim.Old.Ns.Handler.g.cs"));
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", PassesLegacyAsBase, 1, "Old.Ns.Handler");
        Assert.Empty(result.AnalyzerDiagnostics);
        Assert.Equal("json:x|json:y|json:described|1|True", result.Load().GetType("Legacy.Callers.Uses", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null));
    }

    [Theory]
    [InlineData("public class JsonHandler : HandlerBase { public override string Handle(string input) => input; }", "Subclass")]
    [InlineData("public class JsonHandler : System.Exception { public JsonHandler(string message) : base(message) { } }", "Subclass")]
    [InlineData("public class JsonHandler : System.Collections.Generic.List<int> { }", "Subclass")]
    [InlineData("public class JsonHandler : HandlerBase { private JsonHandler() { } public static JsonHandler Make() => new JsonHandler(); public override string Handle(string input) => input; }", "Facade")]
    [InlineData("public sealed class JsonHandler : HandlerBase { public override string Handle(string input) => input; }", "Facade")]
    [InlineData("public class JsonHandler { }", "Facade")]
    [InlineData("public record JsonHandler(int Depth) : Message(\"json\");", "Subclass")]
    [InlineData("public sealed record JsonHandler(int Depth) : Message(\"json\");", "Facade")]
    [InlineData("public record JsonHandler(int Depth);", "Facade")]
    public void Auto_chooses_a_subclass_for_a_class_with_a_base_class_wherever_one_can_exist(string declaration, string expected)
    {
        string canonical = Handlers + """

            namespace New.Handlers
            {
                public abstract record Message(string Kind);

                [Ssot.Canonical("Old.Ns.Handler")]
                DECLARATION
            }
            """.Replace("DECLARATION", declaration, StringComparison.Ordinal);

        GeneratorResult result = GeneratorRunner.Run(canonical).ShouldCompile();

        string shim = result.Source("Ssot.Shim.Old.Ns.Handler.g.cs");
        Assert.Contains(expected == "Subclass" ? " Handler : global::New.Handlers.JsonHandler" : "sealed " + (declaration.Contains("record", StringComparison.Ordinal) ? "record" : "class") + " Handler", shim, StringComparison.Ordinal);
        bool hasBase = declaration.Contains(" : ", StringComparison.Ordinal);
        Assert.Equal(expected == "Facade" && hasBase ? 1 : 0, result.AnalyzerDiagnostics.Count(d => d.Id == "SSOT1016"));
        Assert.DoesNotContain(result.AnalyzerDiagnostics, d => d.Id != "SSOT1016");
    }

    [Fact]
    public void A_subclass_of_a_record_with_a_base_record_compiles_copies_with_with_and_compares_by_value()
    {
        const string canonical = """
            namespace New.Messages
            {
                public abstract record Message(string Kind);

                [Ssot.Canonical("Old.Messages.Ping")]
                public record PingMessage(int Sequence) : Message("ping");
            }
            """;
        const string legacy = """
            #pragma warning disable SSOT0001
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static string Run()
                    {
                        var ping = new Old.Messages.Ping(1);
                        New.Messages.Message message = ping;
                        var next = ping with { Sequence = 2 };
                        return message.Kind + "," + next.Sequence + "," + (ping == new Old.Messages.Ping(1)) + "," + (next is Old.Messages.Ping);
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile();

        Assert.Contains("record Ping : global::New.Messages.PingMessage", result.Source("Ssot.Shim.Old.Messages.Ping.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.AnalyzerDiagnostics);
        Assert.Equal("ping,2,True,True", result.Load().GetType("Legacy.Callers.Uses", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null));
    }

    [Fact]
    public void A_generic_class_with_a_generic_base_class_gets_a_generic_subclass()
    {
        const string canonical = """
            namespace New.Data
            {
                public abstract class RepositoryBase<TItem>
                {
                    public abstract TItem? Find(int id);
                }

                [Ssot.Canonical("Old.Data.Repository`1")]
                public class Repository<TItem> : RepositoryBase<TItem> where TItem : class
                {
                    public override TItem? Find(int id) => null;
                }
            }
            """;
        const string legacy = """
            #pragma warning disable SSOT0001
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static bool Run()
                    {
                        New.Data.RepositoryBase<string> asBase = new Old.Data.Repository<string>();
                        return asBase.Find(1) is null;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile();

        Assert.Contains("class Repository<TItem> : global::New.Data.Repository<TItem>", result.Source("Ssot.Shim.Old.Data.Repository_1.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.AnalyzerDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(true, result.Load().GetType("Legacy.Callers.Uses", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null));
    }

    [Fact]
    public void A_facade_asked_for_on_a_class_with_a_base_class_is_reported_at_the_Shim_argument()
    {
        const string canonical = """
            namespace New.Handlers
            {
                [Ssot.Canonical("Old.Ns.Handler", Shim = Ssot.ShimKind.Facade)]
                public class JsonHandler : HandlerBase
                {
                    public override string Handle(string input) => "json:" + input;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Handlers + canonical, PassesLegacyAsBase));

        Diagnostic reported = Assert.Single(result.AnalyzerDiagnostics);
        Assert.Equal("SSOT1016", reported.Id);
        Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
        Assert.Equal("Shim = Ssot.ShimKind.Facade", reported.Location.SourceTree!.GetText().ToString(reported.Location.SourceSpan));
        Assert.Equal(
            "The facade of 'New.Handlers.JsonHandler' is not a 'New.Handlers.HandlerBase', so code that passes legacy type 'Old.Ns.Handler' where a 'New.Handlers.HandlerBase' is expected does not compile, and binaries compiled against the old type that do so fail with InvalidCastException: set Shim = ShimKind.Subclass (or ShimKind.Auto, which chooses it) on the [Canonical] attribute",
            reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // What the warning says: the facade converts to its base only where a user-defined conversion applies; an
        // extension method of the base and a covariant conversion need the legacy type to be one.
        Assert.Equal(["CS0266", "CS1929"], result.BuildDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Order().ToArray());
    }

    [Theory]
    [InlineData(
        "public sealed class JsonHandler : HandlerBase { public override string Handle(string input) => input; }",
        "a sealed class has no subclass shim; unseal 'New.Handlers.JsonHandler' (ShimKind.Auto then chooses Subclass), or migrate those call sites to the canonical type")]
    [InlineData(
        "public class JsonHandler : HandlerBase { private JsonHandler() { } public static JsonHandler Make() => new JsonHandler(); public override string Handle(string input) => input; }",
        "it has no constructor a derived class can call, so it has no subclass shim; add a protected constructor (ShimKind.Auto then chooses Subclass), or migrate those call sites to the canonical type")]
    public void Where_Auto_keeps_the_facade_of_a_class_with_a_base_class_it_says_why_at_the_attribute(string declaration, string remedy)
    {
        string canonical = "\nnamespace New.Handlers\n{\n    [Ssot.Canonical(\"Old.Ns.Handler\")]\n    " + declaration + "\n}\n";

        GeneratorResult result = GeneratorRunner.Run(Handlers + canonical).ShouldCompile();

        Diagnostic reported = Assert.Single(result.AnalyzerDiagnostics);
        Assert.Equal("SSOT1016", reported.Id);
        Assert.StartsWith("Ssot.Canonical(", reported.Location.SourceTree!.GetText().ToString(reported.Location.SourceSpan), StringComparison.Ordinal);
        Assert.EndsWith(": " + remedy, reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("public sealed class Handler", result.Source("Ssot.Shim.Old.Ns.Handler.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Ssot.Canonical(\"Old.Ns.Handler\", Shim = Ssot.ShimKind.Facade)] public class JsonHandler { }")]
    [InlineData("[Ssot.Canonical(\"Old.Ns.Handler\", Shim = Ssot.ShimKind.Facade)] public record JsonHandler(int Depth);")]
    [InlineData("[Ssot.Canonical(\"Old.Ns.Handler\")] public struct JsonHandler { }")]
    [InlineData("[Ssot.Canonical(\"Old.Ns.Handler\", Shim = Ssot.ShimKind.Subclass)] public class JsonHandler : HandlerBase { public override string Handle(string input) => input; }")]
    public void A_shim_that_is_what_the_type_is_reports_nothing(string declaration)
    {
        GeneratorResult result = GeneratorRunner.Run(Handlers + "\nnamespace New.Handlers\n{\n    " + declaration + "\n}\n").ShouldCompile();

        Assert.Empty(result.AnalyzerDiagnostics);
    }
}
