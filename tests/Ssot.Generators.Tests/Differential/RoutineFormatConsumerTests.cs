using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The README's routine format step on a consumer of a library that renamed a type in place and keeps the old type in
/// its public API: the import of the library's namespace still serves the canonical type, and a reference that cannot
/// be migrated (a class of the consumer's own that the library's API takes as the old type) does not hold back the
/// others.
/// </summary>
public sealed class RoutineFormatConsumerTests
{
    // Renamed in place: the canonical type and the shim share the namespace; Selector keeps the old type in its API.
    private const string Library = """
        namespace Lib
        {
            [Ssot.Canonical("Lib.Strategy")]
            public abstract class ServiceStrategy { public abstract int Apply(); }

            public sealed class Selector { public int Using(Strategy strategy) => strategy.Apply(); }
        }
        """;

    // A class of the consumer's own on the old base, which Selector.Using needs: it cannot move. Its file uses nothing
    // else of Lib, and the canonical type lives in Lib too.
    private const string MyStrategy = """
        using Lib;

        namespace App
        {
            public sealed class MyStrategy : Strategy { public override int Apply() => 1; }
        }
        """;

    private const string Program = """
        using Lib;

        namespace App
        {
            public static class Program
            {
                public static int Run()
                {
                    Strategy first = new MyStrategy();
                    Strategy second = first;
                    return new Selector().Using(new MyStrategy()) + second.Apply();
                }
            }
        }
        """;

    // Nothing but migratable references: every one is migrated, and the import stays because the canonical type needs it.
    private const string MigratableOnly = """
        using Lib;

        namespace App
        {
            public static class Program
            {
                public static int Run(Strategy strategy)
                {
                    Strategy second = strategy;
                    return second.Apply();
                }
            }
        }
        """;

    [Fact]
    public void The_import_of_a_namespace_that_holds_the_canonical_type_is_not_a_legacy_using()
    {
        TestCompilation options = RenameDifferential.Consumer(AssemblyImage.Emit(DefectRepro.Library(Library).Output));

        GeneratorResult before = Build(Sources, options);

        Assert.Empty(before.BuildDiagnosticsWithId("SSOT0002"));
        Assert.Equal(3, before.BuildDiagnosticsWithId("SSOT0001").Count);
    }

    [Fact]
    public void The_routine_step_keeps_the_import_and_migrates_every_reference_that_can_move()
    {
        TestCompilation options = RenameDifferential.Consumer(AssemblyImage.Emit(DefectRepro.Library(Library).Output));

        IReadOnlyList<SourceFile> formatted = FormatRoutine.Apply(Sources, options, Build(Sources, options).BuildDiagnostics);
        GeneratorResult after = Build(formatted, options);

        Assert.Empty(after.BuildDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorResult.Describe));
        Assert.Equal(MyStrategy, formatted[0].Text);
        Assert.Contains("ServiceStrategy first = new MyStrategy();", formatted[1].Text, System.StringComparison.Ordinal);
        Assert.Contains("ServiceStrategy second = first;", formatted[1].Text, System.StringComparison.Ordinal);

        // The one reference that cannot move (Using takes the old type) is still reported, and only it.
        string left = Assert.Single(after.BuildDiagnosticsWithId("SSOT0001"));
        Assert.Contains("MyStrategy.cs(5,", left, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_routine_step_migrates_a_file_of_migratable_references_completely_and_keeps_the_import()
    {
        TestCompilation options = RenameDifferential.Consumer(AssemblyImage.Emit(DefectRepro.Library(Library).Output));
        IReadOnlyList<SourceFile> sources = [new SourceFile("Program.cs", MigratableOnly)];

        IReadOnlyList<SourceFile> formatted = FormatRoutine.Apply(sources, options, Build(sources, options).BuildDiagnostics);
        GeneratorResult after = Build(formatted, options);

        Assert.Empty(after.BuildDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || d.Id.StartsWith("SSOT000", System.StringComparison.Ordinal)).Select(GeneratorResult.Describe));
        Assert.Contains("using Lib;", formatted[0].Text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Strategy strategy", formatted[0].Text.Replace("ServiceStrategy strategy", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_that_still_serves_a_reference_left_as_it_is_is_not_removed_by_the_routine_step()
    {
        // Moved to another namespace this time: the import of the old one does serve legacy types only, but one of
        // them cannot move, so the import must stay with it.
        const string moved = """
            namespace Lib.Current
            {
                [Ssot.Canonical("Lib.Old.Strategy")]
                public abstract class ServiceStrategy { public abstract int Apply(); }
            }

            namespace Lib
            {
                public sealed class Selector { public int Using(Lib.Old.Strategy strategy) => strategy.Apply(); }
            }
            """;
        TestCompilation options = RenameDifferential.Consumer(AssemblyImage.Emit(DefectRepro.Library(moved).Output));
        IReadOnlyList<SourceFile> sources =
        [
            new SourceFile("MyStrategy.cs", MyStrategy.Replace("using Lib;", "using Lib.Old;", System.StringComparison.Ordinal)),
            new SourceFile("Program.cs", "using Lib;\nnamespace App { public static class Program { public static int Run() => new Selector().Using(new MyStrategy()); } }\n"),
        ];
        GeneratorResult before = Build(sources, options);
        Assert.Single(before.BuildDiagnosticsWithId("SSOT0002"));

        IReadOnlyList<SourceFile> formatted = FormatRoutine.Apply(sources, options, before.BuildDiagnostics);

        Assert.Empty(Build(formatted, options).BuildDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorResult.Describe));
        Assert.Equal(sources[0].Text, formatted[0].Text);
    }

    private static IReadOnlyList<SourceFile> Sources => [new SourceFile("MyStrategy.cs", MyStrategy), new SourceFile("Program.cs", Program)];

    private static GeneratorResult Build(IReadOnlyList<SourceFile> sources, TestCompilation options) =>
        GeneratorRunner.Run(RenameDifferential.Compile(sources, options), options);
}
