using System.Threading.Tasks;
using Xunit;
using Verify = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyReferenceAnalyzer, Ssot.CodeFixes.LegacyReferenceCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// Inside the library that renamed a type in place, a static member reached through the old name is migrated whatever
/// its accessibility: an internal one is as much the library's own as a public one.
/// </summary>
public sealed class InternalStaticMemberFixTests
{
    [Theory]
    [InlineData("public", "abstract")]
    [InlineData("internal", "abstract")]
    [InlineData("public", "sealed")]
    [InlineData("internal", "sealed")]
    public async Task A_static_member_reached_through_the_old_name_is_migrated(string accessibility, string modifier)
    {
        string source = $$"""
            namespace Lib
            {
                [Ssot.Canonical("Lib.Strategy")]
                public {{modifier}} class ServiceStrategy
                {
                    {{accessibility}} static int Make() => 1;
                }
            }

            namespace Lib.Hosting
            {
                internal static class Uses
                {
                    internal static int Run() => {|SSOT0001:Lib.Strategy|}.Make();
                }
            }
            """;
        string fixedSource = source.Replace("{|SSOT0001:Lib.Strategy|}.Make()", "ServiceStrategy.Make()", System.StringComparison.Ordinal);

        await Verify.VerifyAsync(source, fixedSource);
    }
}
