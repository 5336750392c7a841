using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Emitting;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports a legacy simple name that compiles only through the global alias the generator emits for it (SSOT0006,
/// info): it already means the canonical type, so nothing is wrong today, but removing <c>[Canonical]</c> removes the
/// alias and the name stops compiling. The README's retire step fixes these first.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyNameThroughAliasAnalyzer : MigrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = LegacyDiagnostics.SupportedBy(DiagnosticDescriptors.LegacyNameThroughAlias);

    private protected override void Start(CompilationStartAnalysisContext context, LegacyTypeMap map) =>
        context.RegisterSyntaxNodeAction(c => AnalyzeName(c, map), SyntaxKind.IdentifierName);

    private static void AnalyzeName(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        var name = (IdentifierNameSyntax)context.Node;
        if (!map.MayName(name.Identifier.ValueText)
            || context.SemanticModel.GetAliasInfo(name, context.CancellationToken) is not { Target: INamedTypeSymbol target } alias
            || !IsGenerated(alias)
            || map.LegacyNamed(alias.Name, target) is not { } legacy)
        {
            return;
        }

        context.ReportDiagnostic(LegacyDiagnostics.Create(
            DiagnosticDescriptors.LegacyNameThroughAlias,
            name.GetLocation(),
            legacy,
            name.Identifier.ValueText,
            target.ToDisplayString(),
            target.Name));
    }

    /// <summary>Whether the alias is the one the generator emits: declared in its alias file.</summary>
    private static bool IsGenerated(IAliasSymbol alias)
    {
        foreach (SyntaxReference reference in alias.DeclaringSyntaxReferences)
        {
            if (Path.GetFileName(reference.SyntaxTree.FilePath) == AliasEmitter.HintName)
            {
                return true;
            }
        }

        return false;
    }
}
