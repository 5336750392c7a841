using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports every reference to a legacy shim once, so that code fixes and <c>dotnet format</c> can act on it (the
/// compiler's own report of the obsolete use is removed by <see cref="LegacyReferenceSuppressor"/>): as SSOT0001, or as
/// SSOT0005 where the reference is in the shipped API of the library that declares the canonical type
/// (<see cref="PublicApiPosition"/>). Registers nothing in a compilation that sees no legacy shim.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyReferenceAnalyzer : MigrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = LegacyDiagnostics.SupportedBy(DiagnosticDescriptors.LegacyReference, DiagnosticDescriptors.LegacyTypeInPublicSignature);

    private protected override void Start(CompilationStartAnalysisContext context, LegacyTypeMap map) =>
        context.RegisterSyntaxNodeAction(c => AnalyzeName(c, map), SyntaxKind.IdentifierName, SyntaxKind.GenericName);

    private static void AnalyzeName(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        if (LegacyReferenceFinder.Find((SimpleNameSyntax)context.Node, context.SemanticModel, map, context.CancellationToken, out SyntaxNode reference) is { IsReportedByAnalyzer: true } legacy)
        {
            Location location = reference.GetLocation();
            context.ReportDiagnostic(PublicApiPosition.ShippedMember(reference, legacy, context.SemanticModel, context.CancellationToken) is { } member
                ? LegacyDiagnostics.Create(
                    DiagnosticDescriptors.LegacyTypeInPublicSignature,
                    location,
                    legacy,
                    legacy.Shim.ToDisplayString(),
                    member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    legacy.Canonical!.ToDisplayString())
                : LegacyDiagnostics.Create(DiagnosticDescriptors.LegacyReference, location, legacy, legacy.Message));
        }
    }
}
