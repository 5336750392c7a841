using System;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>Old member names on every shim shape: a subclass, a static forwarder, and an interface (through extension methods only).</summary>
public sealed class LegacyNameShapeTests
{
    [Fact]
    public void A_subclass_shim_calls_the_member_on_itself_so_a_legacy_override_still_runs()
    {
        const string source = """
            using Ssot;
            namespace New
            {
                [Canonical("Old.Job")]
                public abstract class JobBase
                {
                    [LegacyName("Execute")] public virtual int Run(int times) => times;
                    [LegacyName("Label")] public string Name { get; set; } = "job";
                    [LegacyName("Make")] public static int Create() => 7;
                }
            }
            namespace Legacy
            {
                public sealed class Doubled : /*!*/Old.Job
                {
                    public override int Run(int times) => 2 * times;

                    public static int Check()
                    {
                        var job = new Doubled();
                        job./*?*/Label = "d";
                        return job./*?*/Execute(3) + /*!*/Old.Job./*?*/Make() + job./*?*/Label.Length;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0001", "SSOT0007");

        result.ShouldBeReportedAtMarkers("SSOT0007", "Warning", LegacyNameGenerationTests.MembersMarked(source), 0, string.Empty);
        Assert.Equal(6 + 7 + 1, result.Load().GetType("Legacy.Doubled")!.GetMethod("Check")!.Invoke(null, null));
    }

    [Fact]
    public void A_static_forwarder_forwards_the_old_name_of_a_static_method()
    {
        const string source = """
            using Ssot;
            namespace New
            {
                [Canonical("Old.Text.Helpers")]
                public static class TextTools
                {
                    [LegacyName("Shout")] public static string Upper(string s) => s.ToUpperInvariant();
                    [LegacyName("Twice")] public static string Double(this string s) => s + s;
                }
            }
            namespace Callers
            {
                using Old.Text;

                public static class C
                {
                    public static string Run() => /*!*/Old.Text.Helpers./*?*/Shout("a") + "b"./*?*/Twice();
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0001", "SSOT0002", "SSOT0007");

        result.ShouldBeReportedAtMarkers("SSOT0007", "Warning", LegacyNameGenerationTests.MembersMarked(source), 0, string.Empty);
        Assert.Equal("Abb", result.Load().GetType("Callers.C")!.GetMethod("Run")!.Invoke(null, null));
    }

    [Fact]
    public void Code_holding_a_canonical_interface_calls_the_old_name_through_an_extension_method()
    {
        const string source = """
            using Ssot;
            namespace New
            {
                [Canonical("Old.IReader")]
                public interface IReader
                {
                    [LegacyName("ReadAll")] string Read(int count);
                }

                public sealed class Reader : IReader { public string Read(int count) => new string('r', count); }
            }
            namespace Callers
            {
                public static class C
                {
                    public static string Run(New.IReader reader) => reader./*?*/ReadAll(2);

                    public static string Check() => Run(new New.Reader());
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0007");

        result.ShouldBeReportedAtMarkers("SSOT0007", "Warning", LegacyNameGenerationTests.MembersMarked(source), 0, string.Empty);
        Assert.Equal("rr", result.Load().GetType("Callers.C")!.GetMethod("Check")!.Invoke(null, null));
    }

    [Fact]
    public void A_struct_is_passed_to_the_extension_method_by_reference_so_a_mutation_sticks()
    {
        const string source = """
            using Ssot;
            namespace New
            {
                [Canonical("Old.Counter")]
                public struct Counter
                {
                    public int Value;
                    [LegacyName("Bump")] public void Increment() => Value++;
                }
            }
            namespace Callers
            {
                public static class C
                {
                    public static int Check()
                    {
                        var counter = new New.Counter();
                        counter./*?*/Bump();
                        counter./*?*/Bump();
                        return counter.Value;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0007");

        Assert.Equal(2, result.Load().GetType("Callers.C")!.GetMethod("Check")!.Invoke(null, null));
    }
}
