using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyMemberAnalyzer, Ssot.CodeFixes.LegacyMemberCodeFixProvider>;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>The SSOT0007 fix renames each use of an old member name, through the facade and through the canonical type.</summary>
public sealed class LegacyMemberCodeFixTests
{
    private const string Library = """
        namespace New.Core
        {
            [Ssot.Canonical("Old.Core.Manager")]
            public sealed class UnifiedManager
            {
                [Ssot.LegacyName("SendMessage")] public int Send(string message) => message.Length;
                [Ssot.LegacyName("Size")] public int Count { get; set; }
                [Ssot.LegacyName("Put")] public int Add(object item) => 1;
                public int Add(string item) => 2;
            }
        }
        """;

    [Fact]
    public async Task Each_use_of_an_old_name_is_renamed()
    {
        const string source = """
            namespace Consumer
            {
                public static class C
                {
                    public static int Run({|SSOT0001:Old.Core.Manager|} legacy, New.Core.UnifiedManager canonical)
                    {
                        legacy.{|SSOT0007:Size|} = canonical.{|SSOT0007:SendMessage|}("a");
                        System.Func<string, int> send = legacy.{|SSOT0007:SendMessage|};
                        return send("b") + legacy.{|SSOT0007:Size|};
                    }
                }
            }
            """;
        const string fixedSource = """
            namespace Consumer
            {
                public static class C
                {
                    public static int Run({|SSOT0001:Old.Core.Manager|} legacy, New.Core.UnifiedManager canonical)
                    {
                        legacy.Count = canonical.Send("a");
                        System.Func<string, int> send = legacy.Send;
                        return send("b") + legacy.Count;
                    }
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, Library);
    }

    [Fact]
    public async Task No_fix_is_offered_where_the_new_name_would_call_another_overload()
    {
        const string source = """
            namespace Consumer
            {
                public static class C
                {
                    public static int Run(New.Core.UnifiedManager canonical) => canonical.{|SSOT0007:Put|}("text") + canonical.{|SSOT0007:Put|}(1);
                }
            }
            """;
        const string fixedSource = """
            namespace Consumer
            {
                public static class C
                {
                    public static int Run(New.Core.UnifiedManager canonical) => canonical.{|SSOT0007:Put|}("text") + canonical.Add(1);
                }
            }
            """;

        // The use left as it is still reports SSOT0007 after the fix: the fixed state's markup says so.
        Verify test = Verify.Create(source, fixedSource, Library);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync(CancellationToken.None);
    }
}
