using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Migration;

/// <summary>Every form of legacy reference is reported exactly once, as SSOT0001, by the analyzer.</summary>
public sealed class LegacyReferenceTests
{
    private const string Library = """
        using System;
        using Ssot;

        namespace New
        {
            [Canonical("Old.Manager")]
            public sealed class Manager
            {
                public static Manager Create() => new();
                public int Count => 0;
            }

            [Canonical("Old.IService")]
            public interface IService { }

            [Canonical("Old.MarkerAttribute", Shim = ShimKind.Subclass)]
            [AttributeUsage(AttributeTargets.All)]
            public class MarkerAttribute : Attribute { }

            [Canonical("Old.Helpers")]
            public static class Helpers
            {
                public static int Twice(int value) => value * 2;
            }
        }
        """;

    // Each line ending in '// legacy' holds exactly one legacy reference.
    private const string LegacyCode = """
        using static Old.Helpers; // legacy

        namespace Consumer
        {
            using System.Collections.Generic;

            /// <summary>Uses <see cref="Old.Manager"/> in its docs.</summary>
            [Old.Marker] // legacy
            internal sealed class Uses : Old.IService // legacy
            {
                public object Run(object input)
                {
                    Old.Manager local = null!; // legacy
                    var created = new Old.Manager(); // legacy
                    var type = typeof(Old.Manager); // legacy
                    var name = nameof(Old.Manager); // legacy
                    var list = new List<Old.Manager>(); // legacy
                    var cast = (Old.Manager)input; // legacy
                    if (input is Old.Manager pattern) { } // legacy
                    var made = Old.Manager.Create(); // legacy
                    var twice = Twice(2);
                    return local;
                }
            }
        }
        """;

    [Theory]
    [InlineData(TargetFramework.Net100)]
    [InlineData(TargetFramework.NetStandard20)]
    [InlineData(TargetFramework.Net472)]
    public void Every_reference_form_is_reported_once_as_SSOT0001_by_the_analyzer(TargetFramework framework)
    {
        GeneratorResult result = GeneratorRunner.Run(
            new TestCompilation { Framework = framework, WithDependencyInjection = false, DocumentationMode = Microsoft.CodeAnalysis.DocumentationMode.Diagnose }.Create(Library, LegacyCode),
            null);

        int[] expectedLines = LegacyCode.Split('\n').Select((line, i) => (line, i)).Where(x => x.line.Contains("// legacy", System.StringComparison.Ordinal)).Select(x => x.i + 1).ToArray();
        Diagnostic[] reported = result.BuildDiagnostics.Where(d => d.Id == "SSOT0001").ToArray();
        int[] lines = reported.Where(d => d.Location.SourceTree?.FilePath == "Source1.cs").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).Order().ToArray();
        Assert.True(expectedLines.SequenceEqual(lines.Where(l => l != CrefLine)), string.Join("\n", reported.Select(GeneratorResult.Describe)));
        Assert.All(reported, d => Assert.True(d.Properties.ContainsKey("Ssot.Source"), "reported by the compiler, not the analyzer: " + GeneratorResult.Describe(d)));
        Assert.Empty(result.BuildDiagnostics.Where(d => d.Id is "CS0618" or "CS0612"));
    }

    private static int CrefLine => LegacyCode.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains("cref", System.StringComparison.Ordinal)).i + 1;

    [Fact]
    public void A_cref_to_a_legacy_type_is_reported()
    {
        GeneratorResult result = GeneratorRunner.Run(
            new TestCompilation { DocumentationMode = Microsoft.CodeAnalysis.DocumentationMode.Diagnose }.Create(Library, LegacyCode));

        Assert.Contains(result.BuildDiagnostics, d => d.Id == "SSOT0001" && d.Location.GetLineSpan().StartLinePosition.Line + 1 == CrefLine && d.Location.SourceTree?.FilePath == "Source1.cs");
    }

    [Fact]
    public void Error_mode_keeps_the_compiler_error_and_adds_nothing()
    {
        const string source = """
            namespace New { [Ssot.Canonical("Old.Manager", Error = true)] public sealed class Manager { } }
            namespace Consumer { public static class C { public static object M() => new Old.Manager(); } }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        string error = Assert.Single(result.BuildDiagnosticsWithId("SSOT0001"));
        Assert.Contains("Error", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_id_is_reported_by_the_compiler_once_and_not_by_the_analyzer()
    {
        const string source = """
            namespace New { [Ssot.Canonical("Old.Manager", DiagnosticId = "ACME042")] public sealed class Manager { } }
            namespace Consumer { public static class C { public static object M() => new Old.Manager(); } }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        Assert.Single(result.BuildDiagnosticsWithId("ACME042"));
        Assert.Empty(result.BuildDiagnosticsWithId("SSOT0001"));
    }

    [Theory]
    [InlineData(TargetFramework.Net100)]
    [InlineData(TargetFramework.NetStandard20)]
    public void Code_inside_an_obsolete_member_is_reported_once_though_the_compiler_is_silent_there(TargetFramework framework)
    {
        // The reference still has to go before the attribute is retired (then it would be CS0246).
        const string source = """
            namespace New { [Ssot.Canonical("Old.Manager")] public sealed class Manager { } }
            namespace Consumer { internal static class C { [System.Obsolete("old")] public static object M() => new Old.Manager(); } }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation { Framework = framework }.Create(source));

        Assert.Single(result.BuildDiagnosticsWithId("SSOT0001"));
        Assert.Empty(result.BuildDiagnostics.Where(d => d.Id is "CS0618" or "CS0612"));
    }
}
