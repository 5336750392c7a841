using System.Threading.Tasks;
using Ssot.CodeFixes;
using Ssot.Generators.Analysis;
using Xunit;
using Verify = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyReferenceAnalyzer, Ssot.CodeFixes.LegacyReferenceCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

public sealed class LegacyReferenceCodeFixTests
{
    private const string Library = """
        namespace New.Core
        {
            [Ssot.Canonical("Old.Core.Manager")]
            public sealed class UnifiedManager
            {
                public static UnifiedManager Create() => new();
            }

            [Ssot.Canonical("Old.Core.Repo`1")]
            public sealed class Repo<T> { }
        }
        """;

    [Fact]
    public async Task Each_reference_form_is_rewritten_to_the_canonical_type()
    {
        const string source = """
            using System.Collections.Generic;
            using New.Core;

            namespace Consumer
            {
                /// <summary>See <see cref="{|SSOT0001:Old.Core.Manager|}"/>.</summary>
                public static class Uses
                {
                    public static object Run(object input)
                    {
                        {|SSOT0001:Old.Core.Manager|} local = new {|SSOT0001:Old.Core.Manager|}();
                        var list = new List<{|SSOT0001:Old.Core.Manager|}>();
                        var type = typeof({|SSOT0001:Old.Core.Repo<int>|});
                        var made = {|SSOT0001:Old.Core.Manager|}.Create();
                        if (input is {|SSOT0001:Old.Core.Manager|} pattern) { return pattern; }
                        return ({|SSOT0001:Old.Core.Manager|})input;
                    }
                }
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using New.Core;

            namespace Consumer
            {
                /// <summary>See <see cref="UnifiedManager"/>.</summary>
                public static class Uses
                {
                    public static object Run(object input)
                    {
                        UnifiedManager local = new UnifiedManager();
                        var list = new List<UnifiedManager>();
                        var type = typeof(Repo<int>);
                        var made = UnifiedManager.Create();
                        if (input is UnifiedManager pattern) { return pattern; }
                        return (UnifiedManager)input;
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, Library);
    }

    [Fact]
    public async Task Without_an_import_the_canonical_type_is_qualified_minimally()
    {
        const string source = """
            namespace Consumer
            {
                public static class Uses
                {
                    public static object Run() => new {|SSOT0001:Old.Core.Manager|}();
                }
            }
            """;
        const string fixedSource = """
            namespace Consumer
            {
                public static class Uses
                {
                    public static object Run() => new New.Core.UnifiedManager();
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, Library);
    }
}
