using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Fails the build with one error (SSOT0004) when more legacy references remain than the project's
/// <c>SsotLegacyBudget</c> allows, so a migration can only move forward in CI. Registers nothing without a budget.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyBudgetAnalyzer : MigrationAnalyzer
{
    /// <summary>The MSBuild property that sets the legacy-reference budget.</summary>
    public const string BudgetProperty = "build_property.SsotLegacyBudget";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LegacyBudgetExceeded);

    private protected override void Start(CompilationStartAnalysisContext context, LegacyTypeMap map)
    {
        if (!context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(BudgetProperty, out string? text)
            || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int budget) || budget < 0)
        {
            return;
        }

        // Every legacy reference counts, whatever ID it is reported under.
        var counter = new ReferenceCounter();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                if (LegacyReferenceFinder.Find((SimpleNameSyntax)c.Node, c.SemanticModel, map, c.CancellationToken, out _) is not null)
                {
                    counter.Increment();
                }
            },
            SyntaxKind.IdentifierName,
            SyntaxKind.GenericName);
        context.RegisterCompilationEndAction(c =>
        {
            int count = counter.Count;
            if (count > budget)
            {
                c.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LegacyBudgetExceeded, Location.None, count, budget, count - budget));
            }
        });
    }

    private sealed class ReferenceCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }
}
