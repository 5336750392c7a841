using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Decides whether a name in source calls a member by its legacy name: a forwarder of a shim or an extension forwarder
/// on the canonical type. The analyzer that reports it and the suppressor that removes the compiler's duplicate both
/// ask here.
/// </summary>
internal static class LegacyMemberFinder
{
    public static LegacyMember? Find(SimpleNameSyntax name, SemanticModel model, LegacyMemberMap members, LegacyTypeMap? types, CancellationToken cancellationToken)
    {
        if (!members.MayName(name.Identifier.ValueText) || IsInNameof(name))
        {
            return null;
        }

        SymbolInfo info = model.GetSymbolInfo(name, cancellationToken);
        ISymbol? symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        if (symbol is null or INamedTypeSymbol || members.Find(symbol, types) is not { } member)
        {
            return null;
        }

        // Reported inside obsolete code too, where the compiler is silent: retiring the shim breaks it all the same.
        return member;
    }

    /// <summary>Whether a use of a legacy member name that the analyzer reports lies within the span of a compiler diagnostic.</summary>
    public static bool IsReportedIn(SyntaxNode node, Microsoft.CodeAnalysis.Text.TextSpan span, SemanticModel model, LegacyTypeMap types, CancellationToken cancellationToken) =>
        LegacyMemberMap.For(model.Compilation) is { } members
        && node.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Any(name =>
            span.Contains(name.Span) && Find(name, model, members, types, cancellationToken) is { IsReportedByAnalyzer: true });

    // nameof yields the name as a string: renaming it would change the value, and the compiler reports no use there.
    private static bool IsInNameof(SyntaxNode node) =>
        node.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });
}
