using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.CodeFixes.Migrating;

/// <summary>
/// Where a reference is part of what other code sees of a declaration: the signature of a member, the type of a field,
/// the base list or constraints of a type. Rewriting it changes that declaration for every user, override and
/// implementation; a reference inside a body or an initializer changes nothing outside its unit.
/// </summary>
internal static class SignatureMember
{
    /// <summary>The declaration whose signature <paramref name="node"/> is part of, or <see langword="null"/> when it is in a body.</summary>
    public static SyntaxNode? Of(SyntaxNode node)
    {
        for (SyntaxNode? current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or AttributeListSyntax
                    or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or StatementSyntax or CrefSyntax:
                    return null;
                case VariableDeclaratorSyntax or VariableDeclarationSyntax when current.Parent is BaseFieldDeclarationSyntax:
                    return current.Parent;
                case BaseListSyntax or TypeParameterConstraintClauseSyntax or ParameterListSyntax when current.Parent is BaseTypeDeclarationSyntax:
                    return current.Parent;
                case BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or DelegateDeclarationSyntax or BaseFieldDeclarationSyntax:
                    return current;
                case BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax or CompilationUnitSyntax:
                    return null;
            }
        }

        return null;
    }
}
