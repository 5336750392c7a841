using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Ssot.Generators.Analysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Migration;

/// <summary>The SsotLegacyBudget MSBuild property fails the build when more legacy references remain than it allows.</summary>
public sealed class LegacyBudgetTests
{
    private const string Source = """
        namespace New { [Ssot.Canonical("Old.Manager")] public sealed class Manager { } }
        namespace Consumer
        {
            public static class C
            {
                public static object A() => new Old.Manager();
                public static object B() => new Old.Manager();
                public static object C3() => new Old.Manager();
            }
        }
        """;

    [Theory]
    [InlineData("2", true)]
    [InlineData("3", false)]
    [InlineData("10", false)]
    public void The_budget_fails_the_build_only_when_exceeded(string budget, bool fails)
    {
        var options = new TestCompilation { GlobalOptions = new Dictionary<string, string> { [LegacyBudgetAnalyzer.BudgetProperty] = budget } };

        GeneratorResult result = GeneratorRunner.Run(Source, options);

        IReadOnlyList<string> errors = result.BuildDiagnosticsWithId("SSOT0004");
        if (fails)
        {
            string error = Assert.Single(errors);
            Assert.Contains("3 legacy reference(s) remain, over the budget of 2", error, System.StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void Without_a_budget_nothing_is_counted()
    {
        Assert.Empty(GeneratorRunner.Run(Source).BuildDiagnosticsWithId("SSOT0004"));
    }

    public static TheoryData<string> MigrationAnalyzers => [nameof(LegacyReferenceAnalyzer), nameof(LegacyUsingAnalyzer), nameof(ManualRegistrationAnalyzer), nameof(LegacyBudgetAnalyzer)];

    [Theory]
    [MemberData(nameof(MigrationAnalyzers))]
    public async System.Threading.Tasks.Task A_compilation_with_no_legacy_types_registers_no_action(string analyzerName)
    {
        Compilation compilation = new TestCompilation().Create("namespace Plain { public sealed class C { public int M(int x) => x + 1; } }");
        DiagnosticAnalyzer analyzer = GeneratorRunner.Analyzers().Single(a => a.GetType().Name == analyzerName);
        var options = new AnalyzerOptions([], new TestAnalyzerConfigOptions(new Dictionary<string, string> { [LegacyBudgetAnalyzer.BudgetProperty] = "0" }));
        CompilationWithAnalyzers analyzed = compilation.WithAnalyzers(
            [analyzer],
            new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));

        AnalyzerTelemetryInfo telemetry = await analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.SemanticModelActionsCount + telemetry.OperationActionsCount + telemetry.CompilationEndActionsCount);
    }
}
