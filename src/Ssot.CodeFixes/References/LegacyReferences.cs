using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Ssot.Generators.Analysis;

namespace Ssot.CodeFixes.References;

/// <summary>
/// Finds legacy references the way the analyzer does (its own finder, so the fixes and the reports agree), together
/// with the canonical type each one is rewritten to.
/// </summary>
internal static class LegacyReferences
{
    /// <summary>The canonical type of the legacy reference that spans exactly <paramref name="span"/>, if there is one.</summary>
    public static CanonicalType? At(SyntaxNode root, TextSpan span, SemanticModel model, CancellationToken cancellationToken)
    {
        if (LegacyTypeMap.For(model.Compilation) is not { } map
            || LegacyReferenceNode.Find(root, span) is not { } node
            || LegacyReferenceNode.RightmostName(node) is not { } name)
        {
            return null;
        }

        return LegacyReferenceFinder.Find(name, model, map, cancellationToken, out SyntaxNode reference) is { Canonical: { } canonical } && reference.Span == span
            ? CanonicalType.Of(canonical)
            : null;
    }

    /// <summary>
    /// Whether the legacy reference that spans exactly <paramref name="span"/> is in the shipped API of the library that
    /// declares its canonical type (SSOT0005): only a fix of that diagnostic, applied on purpose, rewrites it.
    /// </summary>
    public static bool IsInShippedApi(SyntaxNode root, TextSpan span, SemanticModel model, CancellationToken cancellationToken) =>
        LegacyTypeMap.For(model.Compilation) is { } map
        && LegacyReferenceNode.Find(root, span) is { } node
        && LegacyReferenceNode.RightmostName(node) is { } name
        && LegacyReferenceFinder.Find(name, model, map, cancellationToken, out SyntaxNode reference) is { } legacy
        && PublicApiPosition.ShippedMember(reference, legacy, model, cancellationToken) is not null;

    /// <summary>Every legacy reference whose last name is among <paramref name="nodes"/>.</summary>
    public static IEnumerable<(TextSpan Span, CanonicalType Canonical)> In(IEnumerable<SyntaxNode> nodes, SemanticModel model, CancellationToken cancellationToken)
    {
        if (LegacyTypeMap.For(model.Compilation) is not { } map)
        {
            yield break;
        }

        var seen = new HashSet<TextSpan>();
        foreach (SimpleNameSyntax name in nodes.OfType<SimpleNameSyntax>())
        {
            if (LegacyReferenceFinder.Find(name, model, map, cancellationToken, out SyntaxNode reference) is { Canonical: { } canonical }
                && seen.Add(reference.Span))
            {
                yield return (reference.Span, CanonicalType.Of(canonical));
            }
        }
    }
}
