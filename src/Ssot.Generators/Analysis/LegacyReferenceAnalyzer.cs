using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports every reference to a legacy shim once, as SSOT0001, so that code fixes and <c>dotnet format</c> can act on it
/// (the compiler's own report of the obsolete use is removed by <see cref="LegacyReferenceSuppressor"/>). Registers
/// nothing in a compilation that sees no legacy shim.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyReferenceAnalyzer : MigrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = LegacyDiagnostics.SupportedBy(DiagnosticDescriptors.LegacyReference);

    private protected override void Start(CompilationStartAnalysisContext context, LegacyTypeMap map) =>
        context.RegisterSyntaxNodeAction(c => AnalyzeName(c, map), SyntaxKind.IdentifierName, SyntaxKind.GenericName);

    private static void AnalyzeName(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        if (LegacyReferenceFinder.Find((SimpleNameSyntax)context.Node, context.SemanticModel, map, context.CancellationToken, out SyntaxNode reference) is { IsReportedByAnalyzer: true } legacy)
        {
            context.ReportDiagnostic(LegacyDiagnostics.Create(DiagnosticDescriptors.LegacyReference, reference.GetLocation(), legacy, legacy.Message));
        }
    }
}
