using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>
/// A member renamed during the consolidation keeps its old name: the shim forwards the old name, code that reaches the
/// canonical type itself calls it through an obsolete extension method, and every use is reported once, as SSOT0007.
/// </summary>
public sealed class LegacyNameGenerationTests
{
    // C# 7.3: block namespaces, no nullable annotations.
    private const string Canonical = """
        using System;
        using Ssot;

        namespace Netra.Core
        {
            [Canonical("Netra.Core.WebSocketManager")]
            public sealed class UnifiedWebSocketManager
            {
                private int _sent;

                [LegacyName("SendMessage")]
                public int Send(string message, int times = 1) { _sent += times; return _sent; }

                [LegacyName("Echo")]
                public T Reflect<T>(T value) where T : class { return value; }

                [LegacyName("Count")]
                public int Sent { get { return _sent; } set { _sent = value; } }

                [LegacyName("Opened")]
                public event EventHandler<string> Connected = delegate { };

                [LegacyName("Build")]
                public static UnifiedWebSocketManager Create() { return new UnifiedWebSocketManager(); }

                public void Raise() { Connected(this, "x"); }
            }
        }
        """;

    // Through the facade (the full legacy name) and through the canonical type (the alias, or the canonical name).
    private const string Callers = """
        namespace Legacy.Callers
        {
            public static class Uses
            {
                public static int ThroughFacade()
                {
                    /*!*/Netra.Core.WebSocketManager legacy = /*!*/Netra.Core.WebSocketManager./*?*/Build();
                    legacy./*?*/SendMessage("a");
                    legacy./*?*/Count = legacy./*?*/Count + 1;
                    legacy./*?*/Opened += (sender, id) => { };
                    return legacy./*?*/SendMessage("b", 2) + legacy./*?*/Echo<string>("c").Length;
                }

                public static int ThroughCanonical()
                {
                    Netra.Core.UnifiedWebSocketManager canonical = new Netra.Core.UnifiedWebSocketManager();
                    canonical./*?*/SendMessage("a");
                    System.Func<string, int, int> send = canonical./*?*/SendMessage;
                    return send("b", 1) + canonical./*?*/Echo("c").Length;
                }
            }
        }
        """;

    [Fact]
    public void The_facade_forwards_each_old_name_and_the_canonical_type_gets_extension_methods()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Canonical, Callers)).ShouldCompile("SSOT0001", "SSOT0007");

        Snapshot.Verify("LegacyName.Facade", result.Source("Ssot.Shim.Netra.Core.WebSocketManager.g.cs"));
        Snapshot.Verify("LegacyName.Extensions", result.Source("Ssot.LegacyNames.Netra.Core.UnifiedWebSocketManager.g.cs"));
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", Callers, 1, "Netra.Core.WebSocketManager");
        result.ShouldBeReportedAtMarkers("SSOT0007", "Warning", MembersMarked(Callers), 1, string.Empty);
        Assert.Empty(result.AnalyzerDiagnostics);

        // Only the shim serves the old names of a property, an event and a static method; each says so, once.
        // (The analyzer driver reports them in no fixed order.)
        Assert.Equal(
            ["Build", "Count", "Opened"],
            result.DiagnosticsWithId("SSOT1022").Select(d => d.Split('[', ']')[1].Trim('"')).Order(System.StringComparer.Ordinal));
    }

    public static TheoryData<LanguageVersion, NullableContextOptions, TargetFramework> Matrix() => new()
    {
        { LanguageVersion.CSharp7_3, NullableContextOptions.Disable, TargetFramework.NetStandard20 },
        { LanguageVersion.CSharp7_3, NullableContextOptions.Disable, TargetFramework.Net472 },
        { LanguageVersion.CSharp9, NullableContextOptions.Enable, TargetFramework.NetStandard20 },
        { LanguageVersion.CSharp10, NullableContextOptions.Disable, TargetFramework.Net472 },
        { LanguageVersion.CSharp12, NullableContextOptions.Enable, TargetFramework.Net100 },
        { LanguageVersion.Latest, NullableContextOptions.Disable, TargetFramework.Net100 },
        { LanguageVersion.Latest, NullableContextOptions.Enable, TargetFramework.Net100 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Old_names_compile_and_are_reported_once_in_every_language_version_and_target(LanguageVersion version, NullableContextOptions nullable, TargetFramework framework)
    {
        var options = new TestCompilation { LanguageVersion = version, Nullable = nullable, Framework = framework };

        // Where ObsoleteAttribute has no DiagnosticId the compiler says CS0618; the suppressor removes it there too.
        GeneratorResult result = GeneratorRunner.Run(options.Create(Canonical, Callers)).ShouldCompile("SSOT0001", "SSOT0007");

        result.ShouldBeReportedAtMarkers("SSOT0007", "Warning", MembersMarked(Callers), 1, string.Empty);
        Assert.Empty(result.BuildDiagnostics.Where(d => d.Id is "CS0618" or "CS0612"));
    }

    [Fact]
    public void A_call_by_the_old_name_runs_the_member_through_the_facade_and_through_the_canonical_type()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Canonical, Callers)).ShouldCompile("SSOT0001", "SSOT0007");

        Type uses = result.Load().GetType("Legacy.Callers.Uses")!;

        Assert.Equal(5, uses.GetMethod("ThroughFacade")!.Invoke(null, null));
        Assert.Equal(3, uses.GetMethod("ThroughCanonical")!.Invoke(null, null));
    }

    /// <summary>The source with its member markers (<c>/*?*/</c>) as the markers <see cref="LegacyReferences"/> reads, and the type markers hidden.</summary>
    internal static string MembersMarked(string source) => source.Replace(LegacyReferences.Marker, "/*#*/", StringComparison.Ordinal).Replace("/*?*/", LegacyReferences.Marker, StringComparison.Ordinal);
}
