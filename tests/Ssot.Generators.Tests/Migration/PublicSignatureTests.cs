using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Migration;

/// <summary>
/// A legacy type in a signature that code outside the library can see is the library's shipped API: SSOT0005, not
/// SSOT0001, in the assembly that declares the canonical type, and an ordinary SSOT0001 everywhere else.
/// </summary>
public sealed class PublicSignatureTests
{
    private const string Canonical = """
        namespace New
        {
            [Ssot.Canonical("Old.Manager")]
            public sealed class Manager
            {
                public int Count => 0;
            }

            [Ssot.Canonical("Old.IService")]
            public interface IService { }

            [Ssot.Canonical("Old.MarkerAttribute", Shim = Ssot.ShimKind.Subclass)]
            [System.AttributeUsage(System.AttributeTargets.All)]
            public class MarkerAttribute : System.Attribute { }
        }
        """;

    // Each line ending in '// shipped' or '// legacy' holds exactly one legacy reference: in the library's shipped API,
    // or anywhere else.
    private const string Api = """
        using System.Collections.Generic;

        namespace Lib
        {
            public delegate Old.Manager Factory(); // shipped

            public abstract class Api<T> : Old.IService // shipped
                where T : Old.IService // shipped
            {
                public Old.Manager? Field; // shipped
                protected List<Old.Manager> Items { get; } = new(); // shipped
                public event System.Action<Old.Manager>? Changed; // shipped
                public abstract Old.Manager this[int index] { get; } // shipped
                protected internal (Old.Manager, int)? Pair; // shipped
                public Old.Manager?[] Many( // shipped
                    params Old.Manager[] rest) // shipped
                {
                    Old.Manager? local = rest.Length > 0 ? rest[0] : null; // legacy
                    Changed?.Invoke(local!);
                    return rest;
                }

                public object Make() => new Old.Manager(); // legacy
                public System.Type Kind { get; } = typeof(Old.Manager); // legacy
                [Old.Marker] public int Marked; // legacy
                internal Old.Manager? Hidden; // legacy
                private protected Old.Manager? Narrow; // legacy
                private Old.Manager? Own; // legacy
                public System.Func<object> Lazy = () => (Old.Manager?)null!; // legacy
                public U Create<U>() where U : Old.IService, new() => new U(); // shipped
                public object Local() { static Old.Manager? Inner() => null; return Inner()!; } // legacy

                /// <summary>See <see cref="Old.Manager"/>.</summary> // legacy
                public int Documented;
            }

            public record Positional(Old.Manager Value); // shipped

            internal class Hidden { public Old.Manager? Field; } // legacy

            public class Outer { private class Inner { public Old.Manager? Field; } } // legacy

            public sealed class Closed { public void Take(Old.IService service) { } } // shipped
        }
        """;

    [Theory]
    [InlineData(TargetFramework.Net100)]
    [InlineData(TargetFramework.NetStandard20)]
    public void In_the_library_that_declares_the_canonical_type_shipped_positions_are_SSOT0005_and_the_rest_SSOT0001(TargetFramework framework)
    {
        GeneratorResult result = GeneratorRunner.Run(
            new TestCompilation { Framework = framework, WithDependencyInjection = false, DocumentationMode = DocumentationMode.Diagnose }.Create(Canonical, Api),
            null);

        Assert.Equal(Lines("// shipped"), ReportedLines(result, "SSOT0005"));
        Assert.Equal(Lines("// legacy"), ReportedLines(result, "SSOT0001"));
        Assert.Empty(result.BuildDiagnostics.Where(d => d.Id is "CS0618" or "CS0612"));
        Assert.All(result.BuildDiagnostics.Where(d => d.Id == "SSOT0005"), d => Assert.Contains("at a major version", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_that_only_references_the_library_reports_every_position_as_SSOT0001()
    {
        GeneratorResult library = GeneratorRunner.Run(new TestCompilation { AssemblyName = "New", WithDependencyInjection = false }.Create(Canonical)).ShouldCompile();
        using var stream = new MemoryStream();
        Assert.True(library.Output.Emit(stream).Success);
        var options = new TestCompilation { AssemblyName = "Consumer", WithDependencyInjection = false, DocumentationMode = DocumentationMode.Diagnose, ExtraReferences = [MetadataReference.CreateFromImage(stream.ToArray())] };

        GeneratorResult result = GeneratorRunner.Run(options.Create(Api), options);

        Assert.Empty(ReportedLines(result, "SSOT0005"));
        Assert.Equal(Lines("// shipped").Concat(Lines("// legacy")).Order().ToArray(), ReportedLines(result, "SSOT0001"));
    }

    [Fact]
    public void The_budget_counts_shipped_positions_too()
    {
        var options = new TestCompilation
        {
            WithDependencyInjection = false,
            GlobalOptions = new Dictionary<string, string> { ["build_property.SsotLegacyBudget"] = "1" },
        };
        const string source = """
            namespace New { [Ssot.Canonical("Old.Manager")] public sealed class Manager { } }
            namespace Lib { public static class Api { public static Old.Manager Take(Old.Manager manager) => manager; } }
            """;

        GeneratorResult result = GeneratorRunner.Run(options.Create(source), options);

        Assert.Equal(2, result.BuildDiagnosticsWithId("SSOT0005").Count);
        Assert.Contains("2 legacy reference(s) remain", Assert.Single(result.BuildDiagnosticsWithId("SSOT0004")), System.StringComparison.Ordinal);
    }

    private static int[] Lines(string marker) =>
        Api.Split('\n').Select((line, i) => (line, i)).Where(x => x.line.TrimEnd().EndsWith(marker, System.StringComparison.Ordinal)).Select(x => x.i + 1).ToArray();

    private static int[] ReportedLines(GeneratorResult result, string id) =>
        result.BuildDiagnostics
            .Where(d => d.Id == id && d.Location.SourceTree?.GetText().ToString() == Api)
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
            .Order()
            .ToArray();
}
