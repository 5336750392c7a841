using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Migration;

/// <summary>A project that references an assembly holding canonical types gets the same aliases and reports.</summary>
public sealed class ConsumerProjectTests
{
    private const string Library = """
        namespace Netra.Backend
        {
            [Ssot.Canonical("Netra.Legacy.WebSocketManager")]
            public sealed class UnifiedWebSocketManager { public int Count => 3; }

            [Ssot.Canonical("Netra.Legacy.Quiet", Alias = false)]
            public sealed class Quiet { }
        }
        """;

    private static MetadataReference BuildLibrary()
    {
        GeneratorResult library = GeneratorRunner.Run(new TestCompilation { AssemblyName = "Netra.Backend" }.Create(Library)).ShouldCompile();
        using var stream = new MemoryStream();
        Assert.True(library.Output.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    [Fact]
    public void A_consumer_gets_the_alias_from_the_referenced_assembly_metadata()
    {
        const string consumer = """
            using Netra.Legacy;
            namespace App
            {
                public static class Program
                {
                    public static int Run() => new WebSocketManager().Count;
                }
            }
            """;
        var options = new TestCompilation { AssemblyName = "App", ExtraReferences = [BuildLibrary()] };

        GeneratorResult result = GeneratorRunner.Run(options.Create(consumer), options).ShouldCompile("SSOT0002");

        Snapshot.Verify("Consumer.Aliases", result.Source("Ssot.Aliases.g.cs"));
        Assert.DoesNotContain(result.Sources.Keys, hint => hint.StartsWith("Ssot.Shim.", System.StringComparison.Ordinal));
        SyntaxTree tree = result.Output.SyntaxTrees.First();
        SemanticModel model = result.Output.GetSemanticModel(tree);
        var creation = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax>().Single();
        Assert.Equal("Netra.Backend.UnifiedWebSocketManager", model.GetTypeInfo(creation).Type!.ToDisplayString());
        Assert.Empty(result.BuildDiagnosticsWithId("SSOT0001"));
        Assert.Single(result.BuildDiagnosticsWithId("SSOT0002"));
    }

    [Fact]
    public void A_consumer_that_names_the_legacy_type_fully_gets_SSOT0001_from_the_analyzer()
    {
        const string consumer = "namespace App { public static class Program { public static int Run() => new Netra.Legacy.WebSocketManager().Count; } }";
        var options = new TestCompilation { AssemblyName = "App", ExtraReferences = [BuildLibrary()] };

        GeneratorResult result = GeneratorRunner.Run(options.Create(consumer), options).ShouldCompile("SSOT0001");

        string reported = Assert.Single(result.BuildDiagnosticsWithId("SSOT0001"));
        Assert.Contains("[Netra.Legacy.WebSocketManager]", reported, System.StringComparison.Ordinal);
        Assert.Empty(result.BuildDiagnosticsWithId("CS0618"));
    }

    [Fact]
    public void A_consumer_below_CSharp_10_is_told_why_it_gets_no_alias()
    {
        var options = new TestCompilation { AssemblyName = "App", LanguageVersion = LanguageVersion.CSharp9, ExtraReferences = [BuildLibrary()] };

        GeneratorResult result = GeneratorRunner.Run(options.Create("namespace App { }"), options).ShouldCompile();

        Assert.Empty(result.Sources);
        string skipped = Assert.Single(result.BuildDiagnosticsWithId("SSOT2001"));
        Assert.Contains("WebSocketManager", skipped, System.StringComparison.Ordinal);
    }
}
