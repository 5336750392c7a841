using Microsoft.CodeAnalysis.Diagnostics;

namespace Ssot.Generators.Analysis;

/// <summary>
/// What the migration analyzers share: they skip generated code, run concurrently, and register nothing at all in a
/// compilation that sees no legacy shim.
/// </summary>
public abstract class MigrationAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(context =>
        {
            if (LegacyTypeMap.For(context.Compilation) is { } map)
            {
                Start(context, map);
            }
        });
    }

    /// <summary>Registers the rule's actions in a compilation that sees legacy shims.</summary>
    private protected abstract void Start(CompilationStartAnalysisContext context, LegacyTypeMap map);
}
