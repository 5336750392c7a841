using System;
using System.Linq;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>
/// Each misuse of <c>[LegacyName]</c> has its own ID at the attribute's argument, and gets no forwarder: the rest of the
/// type's output is unchanged and compiles.
/// </summary>
public sealed class LegacyNameUsageTests
{
    [Theory]
    [InlineData("[LegacyName(\"Send Message\")] public void Send() { }", "SSOT1020", "\"Send Message\"", "not a valid legacy member name", 0)]
    [InlineData("[LegacyName(\"\")] public void Send() { }", "SSOT1020", "\"\"", "not a valid legacy member name", 0)]
    [InlineData("[LegacyName(\"Send\")] public void Send() { }", "SSOT1019", "\"Send\"", "the member's own name", 0)]
    [InlineData("[LegacyName(\"Other\")] public void Send() { } public void Other() { }", "SSOT1019", "\"Other\"", "already has that name", 0)]
    [InlineData("[LegacyName(\"ToString\")] public void Send() { }", "SSOT1019", "\"ToString\"", "already has that name", 0)]
    [InlineData("[LegacyName(\"Thing\")] public void Send() { }", "SSOT1019", "\"Thing\"", "a shim is named 'Thing'", 0)]
    [InlineData("[LegacyName(\"Old\")] public int Size => 1; [LegacyName(\"Old\")] public void Send() { }", "SSOT1019", "\"Old\"", "also the legacy name of", 1)]
    [InlineData("[LegacyName(\"Old\")] public void Send(int x) { } [LegacyName(\"Old\")] public void Post(int y) { }", "SSOT1019", "\"Old\"", "also the legacy name of", 1)]
    [InlineData("[LegacyName(\"Old\")] private void Send() { }", "SSOT1018", "\"Old\"", "private or protected", 0)]
    [InlineData("[LegacyName(\"Old\")] public int this[int i] => i;", "SSOT1018", "\"Old\"", "an indexer", 0)]
    [InlineData("[LegacyName(\"Old\")] public static Thing2 operator +(Thing2 a, Thing2 b) => a;", "SSOT1018", "\"Old\"", "an operator", 0)]
    public void A_misuse_is_reported_at_the_argument_and_gets_no_forwarder(string members, string id, string at, string reason, int forwarders)
    {
        string source = "using Ssot;\nnamespace New\n{\n    [Canonical(\"Old.Thing\")]\n    public sealed class Thing2\n    {\n        " + members + "\n    }\n}\n";

        GeneratorResult result = GeneratorRunner.Run(source);

        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        string diagnostic = Assert.Single(result.DiagnosticsWithId(id));
        Assert.Single(result.BuildDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Contains("[" + at + "]", diagnostic, StringComparison.Ordinal);
        Assert.Contains(reason, diagnostic, StringComparison.Ordinal);
        Assert.Contains("Ssot.Shim.Old.Thing.g.cs", result.Sources.Keys);
        Assert.Equal(forwarders, result.Source("Ssot.Shim.Old.Thing.g.cs").Split("is the old name of").Length - 1);
    }

    [Fact]
    public void Overloads_may_share_an_old_name()
    {
        const string source = """
            using Ssot;
            namespace New
            {
                [Canonical("Old.Thing")]
                public sealed class Thing2
                {
                    [LegacyName("Put")] public int Add(int x) => x;
                    [LegacyName("Put")] public int Add(string s) => s.Length;
                }
            }
            namespace Callers
            {
                public static class C
                {
                    public static int Run(New.Thing2 t) => t.Put(2) + t.Put("abc");
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0007");

        Assert.Equal(2, result.DiagnosticsWithId("SSOT0007").Count);
        Assert.Empty(result.DiagnosticsWithId("SSOT1019"));
    }

    [Fact]
    public void On_a_type_that_is_not_canonical_it_says_so()
    {
        const string source = """
            namespace New
            {
                public sealed class Plain
                {
                    [Ssot.LegacyName("Old")] public void Send() { }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        string diagnostic = Assert.Single(result.DiagnosticsWithId("SSOT1018"));
        Assert.Contains("is not a [Canonical] type", diagnostic, StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }
}
