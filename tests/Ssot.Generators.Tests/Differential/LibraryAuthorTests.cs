using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The library author's path: the routine format step leaves the shipped API as it was and the library still builds;
/// the fix of SSOT0005, applied on purpose, changes it.
/// </summary>
public sealed class LibraryAuthorTests
{
    // The canonical type moved to another namespace; a file of the library still imports the old one and ships the old
    // name in a public signature, beside a body that uses it.
    private const string Moved = """
        namespace Acme.Widgets
        {
            [Ssot.Canonical("Acme.Storage.Widget")]
            public sealed class UnifiedWidget
            {
                public UnifiedWidget(int value) { Value = value; }

                public int Value { get; }
            }
        }
        """;

    private const string Api = """
        using Acme.Storage;

        namespace Acme.Hosting
        {
            public static class Host
            {
                public static string Take(Widget item) => "took:" + item.Value;

                internal static int Make() => new Widget(3).Value;
            }
        }
        """;

    [Fact]
    public void The_routine_step_keeps_the_import_a_shipped_signature_still_needs_and_the_library_builds()
    {
        IReadOnlyList<SourceFile> sources = [new SourceFile("Widget.cs", Moved), new SourceFile("Host.cs", Api)];
        GeneratorResult before = Build(sources);
        Assert.Single(before.BuildDiagnosticsWithId("SSOT0005"));
        Assert.Single(before.BuildDiagnosticsWithId("SSOT0002"));

        IReadOnlyList<SourceFile> formatted = FormatRoutine.Apply(sources, Options, before.BuildDiagnostics);
        GeneratorResult after = Build(formatted);

        Assert.Empty(BuildCheck.Findings("after", after));
        Assert.Contains("using Acme.Storage;", formatted[1].Text, System.StringComparison.Ordinal);
        Assert.Contains("Take(Widget item)", formatted[1].Text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("new Widget(3)", formatted[1].Text, System.StringComparison.Ordinal);
        Assert.Equal("", PublicApi.Difference(PublicApi.Of(before.Output), PublicApi.Of(after.Output)));
    }

    [Fact]
    public void The_fix_of_SSOT0005_applied_on_purpose_changes_the_shipped_signature()
    {
        IReadOnlyList<SourceFile> sources = [new SourceFile("Widget.cs", Moved), new SourceFile("Host.cs", Api)];
        GeneratorResult before = Build(sources);

        IReadOnlyList<SourceFile> formatted = FormatRoutine.Apply(sources, Options, before.BuildDiagnostics, ["SSOT0005", "SSOT0001", "SSOT0002"]);
        GeneratorResult after = Build(formatted);

        Assert.Empty(BuildCheck.Findings("after", after));
        Assert.Empty(after.BuildDiagnostics.Where(d => d.Id is "SSOT0001" or "SSOT0002" or "SSOT0005").Select(GeneratorResult.Describe));
        Assert.Equal(
            "  - public static string Acme.Hosting.Host.Take(Acme.Storage.Widget)\n  + public static string Acme.Hosting.Host.Take(Acme.Widgets.UnifiedWidget)",
            PublicApi.Difference(PublicApi.Of(before.Output), PublicApi.Of(after.Output)).Split('\n').Where(l => l.Contains("Host.Take", System.StringComparison.Ordinal)).Aggregate((a, b) => a + "\n" + b));
    }

    // Two types renamed in place that name each other, with static instances of the old abstract type and an interface
    // whose methods take it: the shape of a registration library's strategies.
    private const string Strategies = """
        namespace Lib
        {
            [Ssot.Canonical("Lib.Strategy")]
            public abstract class ServiceStrategy
            {
                public static readonly Strategy Skip = new SkipStrategy();

                public static readonly Strategy Append = new AppendStrategy();

                public static Strategy Replace(Selector selector) => new AppendStrategy();

                public abstract string Apply(string item);

                private sealed class SkipStrategy : Strategy { public override string Apply(string item) => "skip:" + item; }

                private sealed class AppendStrategy : Strategy { public override string Apply(string item) => "append:" + item; }
            }

            [Ssot.Canonical("Lib.Selector")]
            public sealed class ServiceSelector
            {
                private Strategy _strategy = Strategy.Append;

                public Selector UsingStrategy(Strategy strategy) { _strategy = strategy; return this; }

                public Strategy Current => _strategy;

                public string Run(string item) => _strategy.Apply(item);
            }

            public interface ISelect
            {
                ISelect Using(Strategy strategy);
            }
        }
        """;

    [Fact]
    public void The_fix_of_SSOT0005_on_its_own_changes_every_shipped_position_of_two_types_that_name_each_other()
    {
        IReadOnlyList<SourceFile> sources = [new SourceFile("Strategies.cs", Strategies)];
        GeneratorResult before = Build(sources);
        int shipped = before.BuildDiagnosticsWithId("SSOT0005").Count;
        Assert.True(shipped >= 8, string.Join("\n", before.BuildDiagnostics.Select(GeneratorResult.Describe)));

        IReadOnlyList<SourceFile> formatted = FormatRoutine.Apply(sources, Options, before.BuildDiagnostics, ["SSOT0005"]);
        GeneratorResult after = Build(formatted);

        Assert.Empty(BuildCheck.Findings("after", after));
        Assert.Empty(after.BuildDiagnostics.Where(d => d.Id is "SSOT0005").Select(GeneratorResult.Describe));
    }

    [Fact]
    public void The_fix_of_SSOT0005_after_the_routine_step_changes_every_shipped_position_left()
    {
        IReadOnlyList<SourceFile> sources = [new SourceFile("Strategies.cs", Strategies)];
        GeneratorResult before = Build(sources);
        IReadOnlyList<SourceFile> routine = FormatRoutine.Apply(sources, Options, before.BuildDiagnostics);
        GeneratorResult afterRoutine = Build(routine);
        Assert.Empty(BuildCheck.Findings("after the routine step", afterRoutine));

        IReadOnlyList<SourceFile> major = FormatRoutine.Apply(routine, Options, afterRoutine.BuildDiagnostics, ["SSOT0005", "SSOT0001"]);
        GeneratorResult after = Build(major);

        Assert.Empty(BuildCheck.Findings("after", after));
        Assert.Empty(after.BuildDiagnostics.Where(d => d.Id is "SSOT0005" or "SSOT0001").Select(GeneratorResult.Describe));
    }

    private static TestCompilation Options => RenameDifferential.Library(TargetFramework.Net100);

    private static GeneratorResult Build(IReadOnlyList<SourceFile> sources) =>
        GeneratorRunner.Run(RenameDifferential.Compile(sources, Options), Options);
}
