using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Migration;

/// <summary>Using lines that only serve legacy types are reported on the directive: namespaces and aliases cannot be obsolete.</summary>
public sealed class LegacyUsingTests
{
    private const string Library = """
        namespace New
        {
            [Ssot.Canonical("Old.Legacy.Manager")]
            public sealed class Manager { }

            public sealed class Other { }
        }

        namespace Old.Mixed
        {
            public sealed class StillCurrent { }
        }

        namespace New
        {
            [Ssot.Canonical("Old.Mixed.Retired")]
            public sealed class Retired { }
        }
        """;

    [Fact]
    public void An_alias_to_a_legacy_type_is_reported_on_the_directive()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Library, """
            using M = Old.Legacy.Manager;
            namespace Consumer { public static class C { public static object Make() => new M(); } }
            """));

        string diagnostic = Assert.Single(result.BuildDiagnosticsWithId("SSOT0002"));
        Assert.Contains("[using M = Old.Legacy.Manager;]", diagnostic, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_that_only_serves_legacy_types_is_reported()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Library, """
            using Old.Legacy;
            namespace Consumer { public static class C { public static object Make() => new global::Old.Legacy.Manager(); } }
            """));

        string diagnostic = Assert.Single(result.BuildDiagnosticsWithId("SSOT0002"));
        Assert.Contains("[using Old.Legacy;]", diagnostic, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_whose_only_use_is_a_legacy_type_is_reported_even_if_it_holds_current_types()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9 }.Create(Library, """
            using Old.Mixed;
            namespace Consumer { public static class C { public static object Make() => new Retired(); } }
            """));

        string diagnostic = Assert.Single(result.BuildDiagnosticsWithId("SSOT0002"));
        Assert.Contains("'Retired'", diagnostic, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_that_still_serves_a_current_type_is_not_reported()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Library, """
            using Old.Mixed;
            namespace Consumer { public static class C { public static object Make() => new StillCurrent(); } }
            """));

        Assert.Empty(result.BuildDiagnosticsWithId("SSOT0002"));
    }
}
