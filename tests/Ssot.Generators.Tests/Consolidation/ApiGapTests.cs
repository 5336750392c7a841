using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;
using VerifyDelete = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.CanonicalUsageAnalyzer, Ssot.CodeFixes.DeleteLegacyTypeCodeFixProvider>;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>
/// While both implementations live (SSOT1006), each member of the hand-written type that the canonical type cannot serve
/// is reported with its reference count (SSOT1017); SSOT1006's fix deletes the old type, saying what that loses.
/// </summary>
public sealed class ApiGapTests
{
    private const string Canonical = """
        namespace New
        {
            [Ssot.Canonical("Old.Manager")]
            public sealed class UnifiedManager
            {
                public int Send(string message) => 1;

                [Ssot.LegacyName("SendMessage")]
                public void Post(string message) { }

                public int Count => 0;

                public UnifiedManager Self() => this;
            }
        }
        """;

    private const string Legacy = """
        namespace Old
        {
            public sealed class Manager
            {
                public Manager() { }
                public Manager(int capacity) { }
                public int Send(string message) => 1;
                public void SendMessage(string message) { }
                public void Close() { }
                public int Count { get; set; }
                public Manager Self() => this;
                private void Hidden() { }
            }
        }

        namespace Callers
        {
            public static class C
            {
                public static void Run(Old.Manager manager)
                {
                    manager.Close();
                    manager.Close();
                    _ = new Old.Manager(3).Send("x");
                }
            }
        }
        """;

    [Fact]
    public void Each_member_the_canonical_type_cannot_serve_is_reported_with_its_references()
    {
        GeneratorResult result = GeneratorRunner.Run(Canonical + "\n" + Legacy);

        Assert.Equal(
            [
                "Old.Manager.Close()' has no counterpart on 'New.UnifiedManager': 2 reference(s)",
                "Old.Manager.Count' has no counterpart on 'New.UnifiedManager': 0 reference(s)",
                "Old.Manager.Manager(int)' has no counterpart on 'New.UnifiedManager': 1 reference(s)",
            ],
            result.DiagnosticsWithId("SSOT1017").Select(d => d.Split(": '", 2)[1].Split(" will stop")[0]).Order(StringComparer.Ordinal));
        Assert.Contains(result.AnalyzerDiagnostics, d => d.Id == "SSOT1006" && d.Properties["Ssot.GapCount"] == "3");
    }

    [Fact]
    public void Without_a_gap_nothing_is_reported_beyond_the_duplicate()
    {
        GeneratorResult result = GeneratorRunner.Run(Canonical + "\nnamespace Old { public sealed class Manager { public int Send(string message) => 1; public void SendMessage(string message) { } } }");

        Assert.Empty(result.DiagnosticsWithId("SSOT1017"));
        Assert.Contains(result.AnalyzerDiagnostics, d => d.Id == "SSOT1006" && d.Properties["Ssot.GapCount"] == "0");
    }

    [Fact]
    public async Task The_fix_deletes_the_old_type_and_its_file_and_says_what_is_lost()
    {
        // SSOT1006 is a compilation-end diagnostic: the IDE fixes it in full-solution analysis, which the local check does not model.
        var test = new VerifyDelete { TestCode = Canonical, CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck };
        test.TestState.Sources.Add(("/0/Legacy.cs", """
            namespace Old
            {
                public sealed class {|SSOT1006:Manager|}
                {
                    public int Send(string message) => 1;
                    public void {|SSOT1017:Close|}() { }
                }
            }
            """));
        test.FixedState.Sources.Add(Canonical);
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Delete the hand-written 'Old.Manager' (1 member with no counterpart would be lost)", action.Title);

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_fix_keeps_a_file_that_holds_more_and_deletes_every_part()
    {
        // SSOT1006 is a compilation-end diagnostic: the IDE fixes it in full-solution analysis, which the local check does not model.
        var test = new VerifyDelete { TestCode = Canonical, CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck };
        test.TestState.Sources.Add(("/0/Legacy.cs", """
            namespace Old
            {
                public sealed partial class {|SSOT1006:Manager|}
                {
                    public int Send(string message) => 1;
                }

                public sealed class Other { }
            }
            """));
        test.TestState.Sources.Add(("/0/LegacyPart.cs", """
            namespace Old
            {
                public sealed partial class {|SSOT1006:Manager|}
                {
                }
            }
            """));
        test.FixedState.Sources.Add(Canonical);
        test.FixedState.Sources.Add(("/0/Legacy.cs", """
            namespace Old
            {
                public sealed class Other { }
            }
            """));
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Delete the hand-written 'Old.Manager'", action.Title);
        test.NumberOfFixAllIterations = 0;

        await test.RunAsync(CancellationToken.None);
    }
}
