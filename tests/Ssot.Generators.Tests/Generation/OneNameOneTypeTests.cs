using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// Within one compilation a legacy simple name means one type, and no alias changes what a public signature means.
/// Inside the legacy namespace (or a namespace using it) the simple name finds the shim before any alias, so where such
/// code mentions it, or where a public signature of a library names it under the legacy using, the alias is skipped
/// and legacy code keeps binding to the shim.
/// </summary>
public sealed class OneNameOneTypeTests
{
    /// <summary>The in-place rename: only the declaration changed; the rest of the library still says the old name.</summary>
    private const string StrategyRenamedInPlace = """
        namespace Lib
        {
            [Ssot.Canonical("Lib.Strategy")] public abstract class UnifiedStrategy { public abstract void Apply(); }
            public interface ISink { void Accept(Strategy? strategy); }
        }
        """;

    private const string ExtensionsInOtherNamespace = """
        using Lib;
        namespace Other
        {
            public static class Ext { public static void Use(ISink sink, Strategy? s) => sink.Accept(s); }
        }
        """;

    [Fact]
    public void A_name_that_code_in_the_legacy_namespace_uses_gets_no_alias_and_means_the_shim_everywhere()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(StrategyRenamedInPlace, ExtensionsInOtherNamespace)).ShouldCompile("SSOT0001");

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        string skipped = Assert.Single(result.BuildDiagnosticsWithId("SSOT2007"));
        Assert.Contains("[\"Lib.Strategy\"]", skipped, System.StringComparison.Ordinal);
        Assert.Contains("code in 'Source0.cs' finds the legacy type 'Lib.Strategy'", skipped, System.StringComparison.Ordinal);

        // The public signature of Ext.Use still takes the legacy type, as old binaries expect.
        Assert.Equal("Lib.Strategy", ParameterType(result.Output, "Other.Ext", "Use", 1));
    }

    [Fact]
    public void The_canonical_type_in_the_legacy_namespace_keeps_the_alias_when_no_code_there_mentions_the_name()
    {
        const string source = """
            namespace Lib
            {
                [Ssot.Canonical("Lib.Strategy")] public sealed class UnifiedStrategy { public int Weight => 1; }
                public static class Helpers { public static int Twice(UnifiedStrategy s) => s.Weight * 2; }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile();

        Assert.Contains("global using Strategy = global::Lib.UnifiedStrategy;", result.Source("Ssot.Aliases.g.cs"), System.StringComparison.Ordinal);
        Assert.Empty(result.BuildDiagnosticsWithId("SSOT2007"));
    }

    [Theory]
    [InlineData("namespace Lib.Hosting { using Old.Ns; internal static class C { internal static int M() => new Mgr().Count; } }")]
    [InlineData("namespace Lib.Hosting;\nusing Old.Ns;\ninternal static class C { internal static int M() => new Mgr().Count; }")]
    [InlineData("namespace Old.Ns.Inner { internal static class C { internal static int M() => new Mgr().Count; } }")]
    public void A_using_inside_a_namespace_or_code_in_a_nested_namespace_reaches_the_shim_first_so_there_is_no_alias(string user)
    {
        const string canonical = """namespace New.Core { [Ssot.Canonical("Old.Ns.Mgr")] public sealed class UnifiedMgr { public int Count => 1; } }""";

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, user)).ShouldCompile("SSOT0001", "SSOT0002");

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        Assert.Single(result.BuildDiagnosticsWithId("SSOT2007"));
        Assert.Single(result.BuildDiagnosticsWithId("SSOT0001"));
    }

    [Fact]
    public void A_public_signature_under_the_legacy_using_keeps_its_meaning_so_a_library_gets_no_alias()
    {
        const string canonical = """namespace New.Core { [Ssot.Canonical("Old.Ns.Mgr")] public sealed class UnifiedMgr { public int Count => 1; } }""";
        const string api = """
            using Old.Ns;
            namespace Api { public static class Service { public static Mgr Create() => new Mgr(); } }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, api)).ShouldCompile("SSOT0001", "SSOT0002");

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        string skipped = Assert.Single(result.BuildDiagnosticsWithId("SSOT2008"));
        Assert.Contains("a public or protected signature in 'Source1.cs' names 'Mgr' where 'Old.Ns' is imported", skipped, System.StringComparison.Ordinal);
        Assert.Equal("Old.Ns.Mgr", ReturnType(result.Output, "Api.Service", "Create"));
    }

    [Theory]
    [InlineData("using Old.Ns;\nnamespace Api { internal static class Service { public static Mgr Create() => new Mgr(); } }", OutputKind.DynamicallyLinkedLibrary)]
    [InlineData("using Old.Ns;\nnamespace Api { public static class Service { private static Mgr Create() => new Mgr(); public static int Count => Create().Count; } }", OutputKind.DynamicallyLinkedLibrary)]
    [InlineData("using Old.Ns;\nnamespace Api { public static class Service { public static Mgr Create() => new Mgr(); public static void Main() { } } }", OutputKind.ConsoleApplication)]
    public void Internal_code_bodies_and_an_applications_signatures_get_the_alias(string api, OutputKind kind)
    {
        const string canonical = """namespace New.Core { [Ssot.Canonical("Old.Ns.Mgr")] public sealed class UnifiedMgr { public int Count => 1; } }""";
        var options = new TestCompilation { OutputKind = kind };

        GeneratorResult result = GeneratorRunner.Run(options.Create(canonical, api), options).ShouldCompile("SSOT0002");

        Assert.Contains("global using Mgr = global::New.Core.UnifiedMgr;", result.Source("Ssot.Aliases.g.cs"), System.StringComparison.Ordinal);
        Assert.Empty(result.BuildDiagnosticsWithId("SSOT0001"));
    }

    [Fact]
    public void A_consumer_of_a_library_whose_api_still_names_the_legacy_type_gets_no_alias_and_still_builds()
    {
        MetadataReference library = Emit(new TestCompilation { AssemblyName = "Lib" }, StrategyRenamedInPlace);

        // Written against the old library: it implements the library's interface with the legacy name.
        const string consumer = """
            using Lib;
            namespace App
            {
                internal sealed class Sink : ISink { public Strategy? Last; public void Accept(Strategy? strategy) => Last = strategy; }
            }
            """;
        var options = new TestCompilation { AssemblyName = "App", ExtraReferences = [library] };

        GeneratorResult result = GeneratorRunner.Run(options.Create(consumer), options).ShouldCompile("SSOT0001", "SSOT0002");

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        Assert.Contains("the public API of the assembly that declares 'Lib.UnifiedStrategy' still names 'Lib.Strategy'", Assert.Single(result.BuildDiagnosticsWithId("SSOT2009")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_of_a_library_whose_api_no_longer_names_the_legacy_type_gets_the_alias()
    {
        MetadataReference library = Emit(
            new TestCompilation { AssemblyName = "Lib" },
            """
            namespace Lib
            {
                [Ssot.Canonical("Lib.Strategy")] public abstract class UnifiedStrategy { public abstract void Apply(); }
                public interface ISink { void Accept(UnifiedStrategy? strategy); }
            }
            """);
        const string consumer = """
            using Lib;
            namespace App
            {
                internal sealed class Sink : ISink { public void Accept(Strategy? strategy) { } }
            }
            """;
        var options = new TestCompilation { AssemblyName = "App", ExtraReferences = [library] };

        GeneratorResult result = GeneratorRunner.Run(options.Create(consumer), options).ShouldCompile("SSOT0002");

        Assert.Contains("global using Strategy = global::Lib.UnifiedStrategy;", result.Source("Ssot.Aliases.g.cs"), System.StringComparison.Ordinal);
        Assert.Empty(result.BuildDiagnosticsWithId("SSOT2009"));
    }

    [Theory]
    [InlineData("var")]
    [InlineData("record")]
    [InlineData("nameof")]
    [InlineData("_")]
    [InlineData("field")]
    public void A_legacy_name_with_a_meaning_in_CSharp_gets_no_alias_and_its_shim_compiles_without_warnings(string name)
    {
        string source = "namespace New { [Ssot.Canonical(\"Old.Ns." + name + "\")] public sealed class Unified { public int Count => 1; } }\n"
            + "namespace Use { public static class C { public static int M(object o) { var x = 1; return nameof(x).Length + (o is Old.Ns.@" + name + " ? 1 : 0); } } }";

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0001");

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        Assert.Single(result.BuildDiagnosticsWithId("SSOT2006"));
        Assert.Contains("class @" + name, result.Sources.Single(s => s.Key.StartsWith("Ssot.Shim.", System.StringComparison.Ordinal)).Value, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nint")]
    [InlineData("nuint")]
    [InlineData("dynamic")]
    [InlineData("unmanaged")]
    [InlineData("notnull")]
    public void A_legacy_name_that_would_take_a_keyword_types_place_is_refused_and_nothing_is_generated_for_it(string name)
    {
        // A type so named would rebind the keyword wherever it is in scope: in its namespace, the canonical type's own
        // code and the shim itself ('where T : unmanaged', 'nint' members).
        string source = "namespace Old.Ns { public static class Use { public static nint N(dynamic d) => 0; public static void G<T>() where T : unmanaged { } public static void H<T>() where T : notnull { } } }\n"
            + "namespace New { [Ssot.Canonical(\"Old.Ns." + name + "\")] public sealed class Unified { public int Count => 1; } }";

        GeneratorResult result = GeneratorRunner.Run(source);

        Assert.Equal(["SSOT1002"], result.BuildDiagnostics.Select(d => d.Id));
        Assert.DoesNotContain(result.Sources.Keys, k => k.StartsWith("Ssot.Shim.", System.StringComparison.Ordinal));
    }

    private static MetadataReference Emit(TestCompilation options, string source)
    {
        GeneratorResult result = GeneratorRunner.Run(options.Create(source), options).ShouldCompile("SSOT0001");
        return MetadataReference.CreateFromImage(AssemblyImage.Emit(result.Output));
    }

    private static string ParameterType(Compilation compilation, string type, string method, int index) =>
        Method(compilation, type, method).Parameters[index].Type.OriginalDefinition.ToDisplayString();

    private static string ReturnType(Compilation compilation, string type, string method) =>
        Method(compilation, type, method).ReturnType.OriginalDefinition.ToDisplayString();

    private static IMethodSymbol Method(Compilation compilation, string type, string method) =>
        compilation.GetTypeByMetadataName(type)!.GetMembers(method).OfType<IMethodSymbol>().Single();
}
