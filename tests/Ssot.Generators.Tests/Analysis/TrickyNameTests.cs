using System.Linq;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Analysis;

/// <summary>Names the compiler accepts but a careless generator would write wrong: each gets code that compiles.</summary>
public sealed class TrickyNameTests
{
    [Fact]
    public void Keyword_segments_of_a_legacy_name_are_escaped()
    {
        const string source = """
            namespace New { [Ssot.Canonical("Old.@class.@event".Replace("@", ""))] public sealed class Happening { public int Id => 7; } }
            """;
        const string escaped = """
            namespace New { [Ssot.Canonical("Old.class.event")] public sealed class Happening { public int Id => 7; } }
            namespace Legacy { public static class Uses { public static int Run() => new Old.@class.@event().Id; } }
            """;

        Assert.NotNull(source);
        GeneratorResult result = GeneratorRunner.Run(escaped).ShouldCompile("SSOT0001");

        Assert.Contains("namespace Old.@class", result.Source("Ssot.Shim.Old.class.event.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("global using @event = global::New.Happening;", result.Source("Ssot.Aliases.g.cs"), System.StringComparison.Ordinal);
        Assert.Single(result.DiagnosticsWithId("SSOT0001"));
    }

    [Fact]
    public void Unicode_identifiers_pass_through()
    {
        const string source = """
            namespace Bank.Überweisungen { [Ssot.Canonical("Bank.Alt.Zahlungsauftrag")] public sealed class Überweisung { public decimal Betrag { get; set; } } }
            namespace Bank.Kunden { public static class Nutzung { public static decimal Run() => new Bank.Alt.Zahlungsauftrag { Betrag = 2m }.Betrag; } }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0001");

        Assert.Contains("public sealed class Zahlungsauftrag", result.Source("Ssot.Shim.Bank.Alt.Zahlungsauftrag.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Types_and_namespaces_named_like_system_types_do_not_capture_generated_names()
    {
        // A namespace 'System' inside the user's code and a type named 'Object' would capture unqualified names.
        const string source = """
            namespace Acme.System { public sealed class Obsolete { } public sealed class Object { } }
            namespace Acme.Manager
            {
                [Ssot.Canonical("Acme.System.Legacy.String")]
                public sealed class Manager : global::System.IDisposable
                {
                    public string Name { get; set; } = "";
                    public void Dispose() { }
                    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
                    public override int GetHashCode() => 1;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile();

        Assert.Contains("namespace Acme.System.Legacy", result.Source("Ssot.Shim.Acme.System.Legacy.String.g.cs"), System.StringComparison.Ordinal);
    }

    // 'Old.thing' is lower case: the legacy name is given, so the shim does not warn about it (CS8981).
    [Fact]
    public void Hint_names_stay_distinct_across_case_nesting_and_arity()
    {
        const string source = """
            namespace New
            {
                [Ssot.Canonical("Old.Thing")] public sealed class A { }
                [Ssot.Canonical("Old.thing")] public sealed class B { }
                [Ssot.Canonical("Old.Nested.Inner")] public sealed class C { }
                [Ssot.Canonical("Old.Outer+Inner")] public sealed class D { }
                [Ssot.Canonical("Old.Repo")] public sealed class E { }
                [Ssot.Canonical("Old.Repo`1")] public sealed class F<T> { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT2003", "SSOT2004");

        string[] shims = result.Sources.Keys.Where(k => k.StartsWith("Ssot.Shim.", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(6, shims.Length);
        Assert.Equal(6, shims.Select(s => s.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void A_null_service_type_is_reported_at_its_entry()
    {
        const string source = """
            namespace New { [Ssot.Canonical("Old.Thing", ServiceTypes = new System.Type[] { null! })] public sealed class Thing { } }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.DiagnosticsWithId("SSOT3002"));
        Assert.Contains("[null!]", diagnostic, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Ssot.Shim.Old.Thing.g.cs", result.Sources.Keys);
    }
}
