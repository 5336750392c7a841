using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The README's retire step: after the routine format step and then the retire step's (SSOT0006), removing
/// <c>[Canonical]</c> from the library breaks nothing in a consumer that built cleanly before.
/// </summary>
public sealed class RetireTests
{
    private const string Renamed = """
        namespace Acme.Storage
        {
            [Ssot.Canonical("Acme.Storage.Widget")]
            public sealed class UnifiedWidget
            {
                public UnifiedWidget(int value) { Value = value; }

                public int Value { get; }
            }
        }
        """;

    // Says the old simple name through its top-level using (the alias binds it) and the old full name (the shim).
    private const string Consumer = """
        using System.Collections.Generic;
        using Acme.Storage;

        namespace App
        {
            public static class Program
            {
                public static string Run()
                {
                    Widget widget = new Widget(1);
                    var all = new List<Widget> { widget };
                    Acme.Storage.Widget legacy = new Acme.Storage.Widget(2);
                    return (all[0].Value + legacy.Value).ToString();
                }
            }
        }
        """;

    [Fact]
    public void After_the_routine_step_and_the_retire_step_the_consumer_builds_against_the_library_without_the_attribute()
    {
        byte[] v2 = AssemblyImage.Emit(DefectRepro.Library(Renamed).Output);
        byte[] retired = AssemblyImage.Emit(DefectRepro.Library(Renamed.Replace("[Ssot.Canonical(\"Acme.Storage.Widget\")]", string.Empty, System.StringComparison.Ordinal)).Output);
        TestCompilation options = RenameDifferential.Consumer(v2);
        IReadOnlyList<SourceFile> sources = [new SourceFile("Program.cs", Consumer)];

        GeneratorResult before = Build(sources, options);
        Assert.Equal(3, before.BuildDiagnosticsWithId("SSOT0006").Count);
        Assert.Equal(2, before.BuildDiagnosticsWithId("SSOT0001").Count);

        IReadOnlyList<SourceFile> routine = FormatRoutine.Apply(sources, options, before.BuildDiagnostics);
        GeneratorResult afterRoutine = Build(routine, options);
        Assert.Empty(afterRoutine.BuildDiagnosticsWithId("SSOT0001"));
        IReadOnlyList<SourceFile> final = FormatRoutine.Apply(routine, options, afterRoutine.BuildDiagnostics, FormatRoutine.Retire);
        GeneratorResult afterRetire = Build(final, options);
        Assert.Empty(afterRetire.BuildDiagnostics.Where(d => d.Id.StartsWith("SSOT000", System.StringComparison.Ordinal)).Select(GeneratorResult.Describe));

        TestCompilation againstRetired = RenameDifferential.Consumer(retired);
        GeneratorResult result = Build(final, againstRetired);
        Assert.Empty(result.BuildDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorResult.Describe));
        Assert.Contains("UnifiedWidget widget = new UnifiedWidget(1);", final[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_retire_step_the_same_consumer_breaks_so_the_test_can_fail()
    {
        byte[] v2 = AssemblyImage.Emit(DefectRepro.Library(Renamed).Output);
        byte[] retired = AssemblyImage.Emit(DefectRepro.Library(Renamed.Replace("[Ssot.Canonical(\"Acme.Storage.Widget\")]", string.Empty, System.StringComparison.Ordinal)).Output);
        TestCompilation options = RenameDifferential.Consumer(v2);
        IReadOnlyList<SourceFile> sources = [new SourceFile("Program.cs", Consumer)];

        IReadOnlyList<SourceFile> routine = FormatRoutine.Apply(sources, options, Build(sources, options).BuildDiagnostics);

        Assert.Contains(Build(routine, RenameDifferential.Consumer(retired)).BuildDiagnostics, d => d.Id == "CS0246");
    }

    private static GeneratorResult Build(IReadOnlyList<SourceFile> sources, TestCompilation options) =>
        GeneratorRunner.Run(RenameDifferential.Compile(sources, options), options);
}
