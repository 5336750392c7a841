using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// The global alias rules: when the alias is emitted, when it is skipped, which diagnostic says why and at which
/// argument, and what legacy code that says the simple name binds to in each case.
/// </summary>
public sealed class AliasRuleTests
{
    // Block-scoped namespace so that the same input is valid C# 9.
    private const string Canonical = """
        using Ssot;

        namespace New.Ns
        {
            [Canonical("Old.Ns.WebSocketManager")]
            public sealed class UnifiedWebSocketManager
            {
                public int Count => 0;
            }
        }
        """;

    private const string SimpleNameCaller = """
        using Old.Ns;

        namespace Legacy.Callers
        {
            public static class Uses
            {
                public static int Run() => new /*!*/WebSocketManager().Count;
            }
        }
        """;

    private const string AliasArgument = "\"Old.Ns.WebSocketManager\"";

    [Fact]
    public void Below_CSharp_10_there_is_no_alias_and_SSOT2001_says_why()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation { LanguageVersion = LanguageVersion.CSharp9 }.Create(Canonical, SimpleNameCaller))
            .ShouldCompile("SSOT0001", "SSOT0002");

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        ShouldBeReportedOnceAt(result, "SSOT2001", DiagnosticSeverity.Info, AliasArgument);
        Assert.Single(result.AnalyzerDiagnostics);

        // Without the alias, the simple name under the legacy using binds to the shim, and is reported.
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", SimpleNameCaller, 1, "WebSocketManager");
        Assert.Equal("Old.Ns.WebSocketManager", CreatedTypeIn(result, "Source1.cs"));
    }

    [Fact]
    public void Generic_canonical_type_gets_no_alias_and_SSOT2002_says_why()
    {
        const string generic = """
            using Ssot;

            namespace New.Ns
            {
                [Canonical("Old.Ns.Repo`1")]
                public class Repository<T> where T : class
                {
                    public int Count => 0;
                }
            }
            """;
        const string caller = """
            using Old.Ns;

            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static int Run() => new /*!*/Repo<string>().Count;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(generic, caller)).ShouldCompile("SSOT0001", "SSOT0002");

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        ShouldBeReportedOnceAt(result, "SSOT2002", DiagnosticSeverity.Info, "\"Old.Ns.Repo`1\"");
        Assert.Single(result.AnalyzerDiagnostics);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", caller, 1, "Repo<string>");
    }

    [Fact]
    public void Type_of_that_name_in_the_global_namespace_blocks_the_alias_with_SSOT2003()
    {
        const string globalType = """
            public class WebSocketManager
            {
                public int Id => 1;
            }
            """;
        const string globalCaller = """
            namespace Somewhere
            {
                public static class Uses
                {
                    public static int Run() => new WebSocketManager().Id;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Canonical, globalType, globalCaller)).ShouldCompile();

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        Assert.Contains("Ssot.Shim.Old.Ns.WebSocketManager.g.cs", result.Sources.Keys);
        ShouldBeReportedOnceAt(result, "SSOT2003", DiagnosticSeverity.Warning, AliasArgument);
        Assert.Single(result.AnalyzerDiagnostics);
        Assert.Equal("WebSocketManager", CreatedTypeIn(result, "Source2.cs"));
    }

    [Theory]
    [InlineData("internal", false)]
    [InlineData("public", true)]
    public void Only_a_global_type_of_a_reference_this_project_can_see_blocks_the_alias(string accessibility, bool blocks)
    {
        // Like xunit.core's 'internal static class Guard': invisible here, so it clashes with nothing.
        CSharpCompilation vendorCompilation = new TestCompilation { AssemblyName = "Vendor" }.Create(accessibility + " static class WebSocketManager { }");
        using var image = new System.IO.MemoryStream();
        Assert.True(vendorCompilation.Emit(image).Success);
        var options = new TestCompilation { ExtraReferences = [MetadataReference.CreateFromImage(image.ToArray())] };

        GeneratorResult result = GeneratorRunner.Run(options.Create(Canonical)).ShouldCompile();

        Assert.Equal(!blocks, result.Sources.ContainsKey("Ssot.Aliases.g.cs"));
        Assert.Equal(blocks ? 1 : 0, result.BuildDiagnosticsWithId("SSOT2003").Count);
    }

    [Fact]
    public void Legacy_name_in_the_global_namespace_gets_a_shim_there_and_no_alias()
    {
        const string canonical = """
            using Ssot;

            namespace New.Ns
            {
                [Canonical("WebSocketManager")]
                public sealed class UnifiedWebSocketManager
                {
                    public int Count => 0;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical)).ShouldCompile();

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        Assert.Contains("Ssot.Shim.WebSocketManager.g.cs", result.Sources.Keys);
        ShouldBeReportedOnceAt(result, "SSOT2003", DiagnosticSeverity.Warning, "\"WebSocketManager\"");
        Assert.Single(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void A_legacy_name_in_the_global_namespace_also_blocks_the_alias_of_a_namespaced_legacy_name_of_the_same_type()
    {
        // The global-namespace shim 'Thing' takes the name: an alias 'Thing' beside it is CS0576.
        const string canonical = """
            using Ssot;

            namespace New
            {
                [Canonical("Old.A.Thing", "Thing")]
                public sealed class Modern { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical)).ShouldCompile();

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        Assert.Contains("Ssot.Shim.Thing.g.cs", result.Sources.Keys);
        Assert.Contains("Ssot.Shim.Old.A.Thing.g.cs", result.Sources.Keys);
        Assert.Equal(
            ["[\"Old.A.Thing\"]", "[\"Thing\"]"],
            result.DiagnosticsWithId("SSOT2003").Select(d => d.Substring(d.IndexOf('[', StringComparison.Ordinal), d.IndexOf(']', StringComparison.Ordinal) - d.IndexOf('[', StringComparison.Ordinal) + 1)).OrderBy(a => a, StringComparer.Ordinal));
    }

    [Fact]
    public void Two_legacy_names_of_one_type_with_one_simple_name_share_one_alias()
    {
        const string canonical = """
            using Ssot;

            namespace New
            {
                [Canonical("Old.A.Thing", "Old.B.Thing")]
                public sealed class Modern { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical)).ShouldCompile();

        // Both names mean the same canonical type, so one alias serves both (a second line is CS1537).
        Assert.Equal(["global using Thing = global::New.Modern;"], AliasLines(result));
        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void Two_canonical_types_wanting_one_alias_get_neither_and_both_get_SSOT2004()
    {
        const string canonical = """
            using Ssot;

            namespace New.Ns
            {
                [Canonical("Old.A.Manager")]
                public sealed class FirstManager { }

                [Canonical("Old.B.Manager")]
                public sealed class SecondManager { }

                [Canonical("Old.C.Unrelated")]
                public sealed class Bystander { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical)).ShouldCompile();

        Assert.Equal(
            ["global using Unrelated = global::New.Ns.Bystander;"],
            AliasLines(result));
        IReadOnlyList<string> skipped = result.DiagnosticsWithId("SSOT2004");
        Assert.Equal(2, skipped.Count);
        Assert.Single(skipped, d => d.Contains("[\"Old.A.Manager\"]", StringComparison.Ordinal));
        Assert.Single(skipped, d => d.Contains("[\"Old.B.Manager\"]", StringComparison.Ordinal));
        Assert.All(skipped, d => Assert.StartsWith("SSOT2004 Warning Source0.cs(", d, StringComparison.Ordinal));
        Assert.Equal(2, result.AnalyzerDiagnostics.Length);
        Assert.Contains("Ssot.Shim.Old.A.Manager.g.cs", result.Sources.Keys);
        Assert.Contains("Ssot.Shim.Old.B.Manager.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void An_existing_global_alias_of_that_name_blocks_the_alias_with_SSOT2004()
    {
        const string existing = "global using WebSocketManager = System.Text.StringBuilder;\n";

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Canonical, existing)).ShouldCompile();

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        string skipped = ShouldBeReportedOnceAt(result, "SSOT2004", DiagnosticSeverity.Warning, AliasArgument);
        Assert.Contains("already declares a using alias of that name", skipped, StringComparison.Ordinal);
        Assert.Single(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void A_same_named_type_imported_by_global_usings_blocks_the_alias_with_SSOT2005()
    {
        // The shape of ASP.NET Core's implicit 'global using Microsoft.AspNetCore.Http;' and its WebSocketManager.
        const string vendor = """
            namespace Vendor.Http
            {
                public abstract class WebSocketManager
                {
                    public bool IsWebSocketRequest => false;
                }
            }
            """;
        const string implicitUsings = "global using global::System;\nglobal using global::Vendor.Http;\n";
        const string vendorCaller = """
            namespace App
            {
                public static class Uses
                {
                    public static bool Run(WebSocketManager manager) => manager.IsWebSocketRequest;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Canonical, vendor, implicitUsings, vendorCaller)).ShouldCompile();

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        string skipped = ShouldBeReportedOnceAt(result, "SSOT2005", DiagnosticSeverity.Warning, AliasArgument);
        Assert.Contains("'Vendor.Http.WebSocketManager'", skipped, StringComparison.Ordinal);
        Assert.Single(result.AnalyzerDiagnostics);

        // The project's own meaning of the simple name is untouched.
        Assert.Equal("Vendor.Http.WebSocketManager", ParameterTypeIn(result, "Source3.cs"));
    }

    [Fact]
    public void A_same_named_type_from_a_referenced_assembly_imported_by_global_usings_blocks_the_alias_with_SSOT2005()
    {
        // Like ASP.NET Core: the clashing type lives in a referenced assembly, not in the project.
        CSharpCompilation vendorCompilation = new TestCompilation { AssemblyName = "Vendor.Http" }.Create("""
            namespace Vendor.Http
            {
                public abstract class WebSocketManager
                {
                    public bool IsWebSocketRequest => false;
                }
            }
            """);
        using var image = new System.IO.MemoryStream();
        Assert.True(vendorCompilation.Emit(image).Success);
        var options = new TestCompilation { ExtraReferences = [MetadataReference.CreateFromImage(image.ToArray())] };
        const string implicitUsings = "global using global::Vendor.Http;\n";

        GeneratorResult result = GeneratorRunner.Run(options.Create(Canonical, implicitUsings)).ShouldCompile();

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        string skipped = ShouldBeReportedOnceAt(result, "SSOT2005", DiagnosticSeverity.Warning, AliasArgument);
        Assert.Contains("'Vendor.Http.WebSocketManager'", skipped, StringComparison.Ordinal);
        Assert.Single(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void A_file_level_using_that_imports_a_same_named_type_keeps_its_meaning()
    {
        // The file imports another namespace's WebSocketManager with an ordinary using. A global alias of the same
        // name beats that import, so emitting it would silently rebind this file to the canonical type: here it even
        // still compiles, because both types have a Count.
        const string vendor = """
            namespace Vendor.Http
            {
                public sealed class WebSocketManager
                {
                    public int Count => 1;
                }
            }
            """;
        const string vendorCaller = """
            using Vendor.Http;

            namespace App
            {
                public static class Uses
                {
                    public static int Run(WebSocketManager manager) => manager.Count;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Canonical, vendor, vendorCaller));

        Assert.Equal("Vendor.Http.WebSocketManager", ParameterTypeIn(result, "Source2.cs"));
    }

    [Fact]
    public void A_global_using_of_the_legacy_namespace_itself_does_not_block_the_alias()
    {
        const string globalLegacyUsing = "global using Old.Ns;\n";
        const string caller = """
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static int Run() => new WebSocketManager().Count;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Canonical, globalLegacyUsing, caller)).ShouldCompile("SSOT0002");

        Assert.Equal(["global using WebSocketManager = global::New.Ns.UnifiedWebSocketManager;"], AliasLines(result));
        Assert.Empty(result.AnalyzerDiagnostics);
        Assert.Equal("New.Ns.UnifiedWebSocketManager", CreatedTypeIn(result, "Source2.cs"));
        Assert.Empty(result.DiagnosticsWithId("SSOT0001"));
    }

    public static TheoryData<LanguageVersion> AliasVersions => new()
    {
        LanguageVersion.CSharp10,
        LanguageVersion.CSharp12,
        LanguageVersion.Latest,
        LanguageVersion.Preview,
    };

    [Theory]
    [MemberData(nameof(AliasVersions))]
    public void From_CSharp_10_the_simple_name_under_the_legacy_using_binds_to_the_canonical_type(LanguageVersion version)
    {
        // Code the library keeps to itself: an alias here changes no signature another assembly was compiled against.
        const string caller = """
            using Old.Ns;

            namespace Legacy.Callers
            {
                internal static class Uses
                {
                    internal static WebSocketManager Create() => new WebSocketManager();
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation { LanguageVersion = version }.Create(Canonical, caller))
            .ShouldCompile("SSOT0002");

        Assert.Equal(["global using WebSocketManager = global::New.Ns.UnifiedWebSocketManager;"], AliasLines(result));
        Assert.Empty(result.AnalyzerDiagnostics);
        Assert.Empty(result.BuildDiagnosticsWithId("SSOT0001"));
        Assert.Equal("New.Ns.UnifiedWebSocketManager", CreatedTypeIn(result, "Source1.cs"));

        SyntaxTree tree = result.Output.SyntaxTrees.Single(t => t.FilePath == "Source1.cs");
        SemanticModel model = result.Output.GetSemanticModel(tree);
        IdentifierNameSyntax returnType = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single().ReturnType as IdentifierNameSyntax
            ?? throw new InvalidOperationException("The return type is not a simple name.");
        IAliasSymbol alias = model.GetAliasInfo(returnType) ?? throw new Xunit.Sdk.XunitException("'WebSocketManager' did not bind through the alias.");
        Assert.Equal("New.Ns.UnifiedWebSocketManager", alias.Target.ToDisplayString());
    }

    [Fact]
    public void Code_inside_the_legacy_namespace_that_names_the_legacy_type_leaves_the_name_to_the_shim_everywhere()
    {
        // Inside the legacy namespace its own member (the shim) wins over any alias: with an alias the name would mean
        // the shim there and the canonical type elsewhere, so there is none, and both references are reported.
        const string caller = """
            using Old.Ns;

            namespace Legacy.Callers
            {
                internal static class Uses
                {
                    internal static object Create() => new /*!*/WebSocketManager();
                }
            }
            """;
        const string insideLegacyNamespace = """
            namespace Old.Ns
            {
                public static class StillInside
                {
                    public static int Run() => new /*!*/WebSocketManager().Count;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Canonical, caller, insideLegacyNamespace)).ShouldCompile("SSOT0001", "SSOT0002");

        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
        Assert.Contains("code in 'Source2.cs' finds the legacy type 'Old.Ns.WebSocketManager'", ShouldBeReportedOnceAt(result, "SSOT2007", DiagnosticSeverity.Info, "\"Old.Ns.WebSocketManager\""), StringComparison.Ordinal);
        Assert.Equal(
            ["Source1.cs(7,53)", "Source2.cs(5,45)"],
            result.DiagnosticsWithId("SSOT0001").Select(d => d.Split(' ')[2]).OrderBy(l => l, StringComparer.Ordinal));
        Assert.Equal("Old.Ns.WebSocketManager", CreatedTypeIn(result, "Source1.cs"));
        Assert.Equal("Old.Ns.WebSocketManager", CreatedTypeIn(result, "Source2.cs"));
    }

    private static string ShouldBeReportedOnceAt(GeneratorResult result, string id, DiagnosticSeverity severity, string argument)
    {
        Diagnostic diagnostic = Assert.Single(result.AnalyzerDiagnostics, d => d.Id == id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.True(diagnostic.Location.IsInSource, id + " has no source location");
        Assert.Equal("Source0.cs", diagnostic.Location.SourceTree!.FilePath);
        Assert.Equal(argument, diagnostic.Location.SourceTree.GetText().ToString(diagnostic.Location.SourceSpan));
        return GeneratorResult.Describe(diagnostic);
    }

    private static string[] AliasLines(GeneratorResult result) =>
        result.Source("Ssot.Aliases.g.cs").Split('\n').Where(l => l.StartsWith("global using", StringComparison.Ordinal)).ToArray();

    private static string CreatedTypeIn(GeneratorResult result, string file)
    {
        SyntaxTree tree = result.Output.SyntaxTrees.Single(t => t.FilePath == file);
        ObjectCreationExpressionSyntax creation = tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Single();
        return result.Output.GetSemanticModel(tree).GetTypeInfo(creation).Type!.ToDisplayString();
    }

    private static string ParameterTypeIn(GeneratorResult result, string file)
    {
        SyntaxTree tree = result.Output.SyntaxTrees.Single(t => t.FilePath == file);
        ParameterSyntax parameter = tree.GetRoot().DescendantNodes().OfType<ParameterSyntax>().Single();
        return result.Output.GetSemanticModel(tree).GetDeclaredSymbol(parameter)!.Type.ToDisplayString();
    }
}
