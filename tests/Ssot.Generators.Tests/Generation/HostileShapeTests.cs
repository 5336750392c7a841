using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// The shapes a hostile but realistic user tried, each as it was found: every output compiles, or a diagnostic says why.
/// </summary>
public sealed class HostileShapeTests
{
    [Fact]
    public void A_required_member_is_set_through_the_legacy_name_on_the_canonical_instance()
    {
        const string source = """
            namespace New { [Ssot.Canonical("Old.Req")] public class Req2 { public required int R { get; set; } } }
            #pragma warning disable SSOT0001
            public static class Probe { public static int Make() { New.Req2 canonical = new Old.Req { R = 1 }; return canonical.R; } }
            """;

        Assert.Equal(1, ProbeAssembly.Compile(source).Call("Make"));
    }

    [Fact]
    public void A_member_named_like_the_legacy_type_is_reported_at_the_member_and_Subclass_carries_it()
    {
        const string canonical = """namespace New { [Ssot.Canonical("Old.Report"/*shim*/)] public class ReportBuilder { public string Report() => "r"; } }""";
        const string caller = """
            #pragma warning disable SSOT0001
            public static class Probe { public static string Make() => new Old.Report().Report(); }
            """;

        // The facade cannot have it (CS0542): the member says so, and says what to choose.
        GeneratorResult facade = GeneratorRunner.Run(canonical.Replace("/*shim*/", string.Empty, StringComparison.Ordinal));
        facade.ShouldCompile();
        Diagnostic gap = Assert.Single(facade.AnalyzerDiagnostics, d => d.Id == "SSOT1014");
        Assert.Equal("Report", gap.Location.SourceTree!.GetText().ToString(gap.Location.SourceSpan));
        Assert.Contains("choose Shim = ShimKind.Subclass", gap.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // The subclass inherits it: the legacy call compiles and runs, and nothing is reported.
        ProbeAssembly subclass = ProbeAssembly.Compile(canonical.Replace("/*shim*/", ", Shim = Ssot.ShimKind.Subclass", StringComparison.Ordinal) + "\n" + caller);
        Assert.Equal("r", subclass.Call("Make"));
        Assert.Empty(subclass.Result!.AnalyzerDiagnostics.Where(d => d.Id == "SSOT1014"));
    }

    [Fact]
    public void With_on_a_record_facade_compiles()
    {
        const string source = """
            namespace New { [Ssot.Canonical("Old.P")] public record P2(int Age); }
            #pragma warning disable SSOT0001
            public static class Probe { public static int Make() { Old.P p = new Old.P(1); return (p with { Age = 2 }).Age * 10 + p.Age; } }
            """;

        Assert.Equal(21, ProbeAssembly.Compile(source).Call("Make"));
    }

    [Fact]
    public void Members_named_like_the_facade_private_members_are_forwarded()
    {
        const string source = """
            namespace New { [Ssot.Canonical("Old.Q")] public class Q2 { public int _canonical = 1; public int s_facades() => 2; } }
            #pragma warning disable SSOT0001
            public static class Probe { public static int Make() => new Old.Q()._canonical + new Old.Q().s_facades(); }
            """;

        ProbeAssembly probe = ProbeAssembly.Compile(source);

        Assert.Equal(3, probe.Call("Make"));
    }

    [Fact]
    public void A_hand_written_legacy_type_gets_no_shim_and_no_alias_and_the_canonical_type_keeps_its_registration()
    {
        // SSOT1006 refuses the legacy name: no output for that name (shim, alias), as for every refused name; the
        // canonical type itself is not in error, so its registration stays.
        const string source = """
            namespace Old { public sealed class Kept { } }
            namespace New { [Ssot.Canonical("Old.Kept")] public sealed class A { } }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile();

        Assert.Equal(["SSOT1006"], result.AnalyzerDiagnostics.Select(d => d.Id));
        Assert.Equal(["Ssot.Registrations.g.cs"], result.Sources.Keys);
        Assert.Contains("AddA(", result.Source("Ssot.Registrations.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Old.Kept", result.Source("Ssot.Registrations.g.cs"), StringComparison.Ordinal);
    }
}
