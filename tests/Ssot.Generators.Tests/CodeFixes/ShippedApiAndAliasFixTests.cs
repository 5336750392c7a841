using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyAlias = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyNameThroughAliasAnalyzer, Ssot.CodeFixes.LegacyNameThroughAliasCodeFixProvider>;
using VerifyReference = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyReferenceAnalyzer, Ssot.CodeFixes.LegacyReferenceCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// The library author's fix (SSOT0005: a shipped signature changes only when that fix is applied on purpose) and the
/// retire step's fix (SSOT0006: a name that compiles through the alias gets the canonical name).
/// </summary>
public sealed class ShippedApiAndAliasFixTests
{
    private const string Canonical = """
        namespace New
        {
            [Ssot.Canonical("Old.Manager")]
            public sealed class Manager
            {
                public int Count => 0;
            }
        }
        """;

    private const string Api = """
        namespace Lib
        {
            public static class Api
            {
                public static {|SSOT0005:Old.Manager|}[] All() => new {|SSOT0001:Old.Manager|}[0];
            }
        }
        """;

    [Fact]
    public async Task The_routine_fix_leaves_a_reference_whose_change_needs_a_shipped_signature()
    {
        // 'new New.Manager[0]' alone is no 'Old.Manager[]': it could only compile with the return type changed too.
        var test = new VerifyReference
        {
            TestState = { Sources = { Api, Canonical } },
            FixedState = { Sources = { Api, Canonical }, MarkupHandling = MarkupMode.Allow },
            CodeActionEquivalenceKey = "LegacyReferenceCodeFixProvider.SSOT0001",
        };

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_fix_of_SSOT0005_changes_the_shipped_signature_with_what_must_change_with_it_and_says_it_breaks_binaries()
    {
        const string fixedApi = """
            namespace Lib
            {
                public static class Api
                {
                    public static New.Manager[] All() => new New.Manager[0];
                }
            }
            """;
        var test = new VerifyReference
        {
            TestState = { Sources = { Api, Canonical } },
            FixedState = { Sources = { fixedApi, Canonical } },
            CodeActionEquivalenceKey = "LegacyReferenceCodeFixProvider.SSOT0005",
            CodeActionVerifier = (action, verifier) => verifier.True(action.Title.Contains("breaks binaries", System.StringComparison.Ordinal), action.Title),
            NumberOfIncrementalIterations = 1,
            NumberOfFixAllIterations = 1,
        };

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_name_that_compiles_through_the_alias_gets_the_canonical_name()
    {
        // Internal: in a public signature of this library project the alias would change the signature (SSOT2008).
        const string source = """
            using Old.Core;

            internal static class C
            {
                public static int M({|SSOT0006:Manager|} manager)
                {
                    {|SSOT0006:Manager|} same = manager;
                    return same.Count + typeof({|SSOT0006:Manager|}).Name.Length;
                }
            }
            """;
        const string fixedSource = """
            using Old.Core;

            internal static class C
            {
                public static int M(New.Core.UnifiedManager manager)
                {
                    New.Core.UnifiedManager same = manager;
                    return same.Count + typeof(New.Core.UnifiedManager).Name.Length;
                }
            }
            """;

        await VerifyAlias.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Fact]
    public async Task A_name_that_reaches_the_shim_is_not_SSOT0006()
    {
        // Inside the legacy namespace the simple name finds the shim, not the alias: that is SSOT0001, not this rule.
        const string source = """
            namespace Old.Core
            {
                public static class C
                {
                    public static int M({|SSOT0001:Manager|} manager) => manager.Count;
                }
            }
            """;

        var test = VerifyAlias.Create(source, source, FixLibrary.Core);
        test.TestBehaviors = TestBehaviors.SkipSuppressionCheck;
        await test.RunAsync(CancellationToken.None);
    }
}
