using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.CodeFixes.Migrating;

/// <summary>
/// The code in which legacy references must change together. A user-defined conversion between a facade and its
/// canonical type does not lift through arrays, type arguments, delegate signatures or <c>ref</c>: in
/// <c>Old[] a = new Old[0];</c>, <c>List&lt;Old&gt; l = new List&lt;Old&gt;();</c> or
/// <c>Func&lt;Old, int&gt; f = (Old o) =&gt; 0;</c> one side rewritten alone does not compile. So a reference is
/// rewritten with every other legacy reference of its unit: the statement it is in (without the statements nested in
/// it); the signature of a member declaration (without its bodies and initializers); an expression body or a member's
/// initializer; or, on their own, an attribute, a base type, a using directive, a cref. What agrees across units (a
/// return type and a returned value, a parameter and an argument) is found by compiling: see <see cref="ErrorRelations"/>.
/// </summary>
internal static class AgreementUnit
{
    /// <summary>The unit that holds <paramref name="node"/>.</summary>
    public static SyntaxNode Of(SyntaxNode node)
    {
        for (SyntaxNode? current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case CrefSyntax cref when cref.Parent is not CrefSyntax and not CrefParameterSyntax and not CrefParameterListSyntax:
                case AttributeSyntax:
                case BaseTypeSyntax:
                case UsingDirectiveSyntax:
                case TypeParameterConstraintClauseSyntax { Parent: BaseTypeDeclarationSyntax or DelegateDeclarationSyntax }:
                case ArrowExpressionClauseSyntax:
                case EqualsValueClauseSyntax when IsMemberInitializer(current):
                case StatementSyntax and not BlockSyntax:
                case MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax:
                    return current;
            }
        }

        return node;
    }

    /// <summary>The nodes of a unit that are its own: not nested statements, bodies, initializers, attributes or documentation, which are units of their own.</summary>
    public static IEnumerable<SyntaxNode> Members(SyntaxNode unit) =>
        unit.DescendantNodesAndSelf(n => n == unit || !IsOwnUnit(n), descendIntoTrivia: unit.IsPartOfStructuredTrivia())
            .Where(n => n == unit || !IsOwnUnit(n));

    /// <summary>The initializer of a field, a property, an enum member or a parameter: not of a local, which is one statement with it.</summary>
    public static bool IsMemberInitializer(SyntaxNode node) =>
        node is EqualsValueClauseSyntax && node.FirstAncestorOrSelf<StatementSyntax>() is null;

    private static bool IsOwnUnit(SyntaxNode node) =>
        node is StatementSyntax or AttributeListSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or ArrowExpressionClauseSyntax
        || IsMemberInitializer(node);
}
