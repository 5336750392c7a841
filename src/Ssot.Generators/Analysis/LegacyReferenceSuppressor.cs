using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Ssot.Generators.Diagnostics;


namespace Ssot.Generators.Analysis;

/// <summary>
/// Removes the compiler's own report of a legacy reference (CS0618 where <c>ObsoleteAttribute</c> has no
/// <c>DiagnosticId</c>, SSOT0001 where it has) wherever <see cref="LegacyReferenceAnalyzer"/> reports the same
/// reference: the build shows each reference once, and it comes from an analyzer, which is what <c>dotnet format</c>
/// and Fix All act on.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyReferenceSuppressor : DiagnosticSuppressor
{
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ObsoleteWarningSuppression,
        DiagnosticDescriptors.ObsoleteDiagnosticIdSuppression);

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        LegacyTypeMap? map = null;
        foreach (Diagnostic diagnostic in context.ReportedDiagnostics)
        {
            if (diagnostic.Properties.ContainsKey(DiagnosticProperties.Source)
                || diagnostic.Location.SourceTree is not { } tree)
            {
                continue;
            }

            map ??= LegacyTypeMap.For(context.Compilation);
            if (map is null)
            {
                return;
            }

            SemanticModel model = context.GetSemanticModel(tree);
            SyntaxNode node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            // The reference itself; or a call of an obsolete forwarder (an extension method of a static shim) made through
            // a legacy type name that is reported already.
            bool reported = node.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Any(name =>
                LegacyReferenceFinder.Find(name, model, map, context.CancellationToken, out SyntaxNode reference) is { IsReportedByAnalyzer: true }
                && (CompilerSpans(reference).Contains(diagnostic.Location.SourceSpan)
                    || diagnostic.Location.SourceSpan.Contains(reference.Span) && IsMemberOfShim(node, model, map, context.CancellationToken)));
            // Or a use of a member by its legacy name, reported as SSOT0007.
            reported = reported || LegacyMemberFinder.IsReportedIn(node, diagnostic.Location.SourceSpan, model, map, context.CancellationToken);
            if (reported)
            {
                context.ReportSuppression(Suppression.Create(
                    diagnostic.Id == DiagnosticIds.LegacyReference ? DiagnosticDescriptors.ObsoleteDiagnosticIdSuppression : DiagnosticDescriptors.ObsoleteWarningSuppression,
                    diagnostic));
            }
        }
    }

    /// <summary>
    /// The spans the compiler may report the reference on: the name itself and, for an annotated type
    /// (<c>Legacy?</c>, <c>Legacy??</c> in error recovery), the nullable type around it, whose span takes in the
    /// <c>?</c>.
    /// </summary>
    private static IEnumerable<TextSpan> CompilerSpans(SyntaxNode reference)
    {
        SyntaxNode node = reference;
        yield return node.Span;
        while (node.Parent is NullableTypeSyntax nullable && nullable.ElementType == node)
        {
            node = nullable;
            yield return node.Span;
        }
    }

    private static bool IsMemberOfShim(SyntaxNode node, SemanticModel model, LegacyTypeMap map, System.Threading.CancellationToken cancellationToken) =>
        model.GetSymbolInfo(node, cancellationToken).Symbol is { ContainingType: { } container } && map.Find(container) is not null;
}
