using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.CodeFixes.References;

/// <summary>The syntax of a reported legacy reference: the whole name the diagnostic spans, as the analyzer found it.</summary>
internal static class LegacyReferenceNode
{
    /// <summary>
    /// The reference at <paramref name="span"/>: the outermost name-like node of exactly that span (a simple name in a
    /// cref is the cref, <c>Old.Ns.Type</c> is the qualified name, not its last part).
    /// </summary>
    public static SyntaxNode? Find(SyntaxNode root, TextSpan span)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        SyntaxNode node = root.FindNode(span, findInsideTrivia: true, getInnermostNodeForTie: true);
        if (node.Span != span)
        {
            return null;
        }

        while (node.Parent is { } parent && parent.Span == span && IsNameLike(parent))
        {
            node = parent;
        }

        return IsNameLike(node) ? node : null;
    }

    /// <summary>The last simple name of a reference: <c>Type</c> in <c>Old.Ns.Type</c>.</summary>
    public static SimpleNameSyntax? RightmostName(SyntaxNode node) => node switch
    {
        SimpleNameSyntax simple => simple,
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax alias => alias.Name,
        MemberAccessExpressionSyntax access => access.Name,
        QualifiedCrefSyntax cref => RightmostName(cref.Member),
        NameMemberCrefSyntax cref => RightmostName(cref.Name),
        _ => null,
    };

    private static bool IsNameLike(SyntaxNode node) =>
        node is NameSyntax or MemberAccessExpressionSyntax or NameMemberCrefSyntax or QualifiedCrefSyntax;
}
