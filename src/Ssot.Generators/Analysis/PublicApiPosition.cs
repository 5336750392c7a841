using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Whether a legacy reference is part of the shipped API of the assembly that declares its canonical type: a type in the
/// signature (parameter, return, property, indexer, field or event type, base type, implemented interface, constraint,
/// a record's positional parameter) of a member that code outside the assembly can see. Old binaries were compiled
/// against that signature, so rewriting it breaks them: such references are SSOT0005, not SSOT0001, and the routine
/// fix leaves them alone. Anywhere else, and in every project that only references the canonical type, a reference is
/// an ordinary one.
/// </summary>
internal static class PublicApiPosition
{
    /// <summary>
    /// The member or type whose shipped signature holds <paramref name="reference"/> (the whole name, as
    /// <see cref="LegacyReferenceFinder"/> returns it), in the compilation that declares <paramref name="legacy"/>'s
    /// canonical type; otherwise <see langword="null"/>.
    /// </summary>
    public static ISymbol? ShippedMember(SyntaxNode reference, LegacyType legacy, SemanticModel model, CancellationToken cancellationToken) =>
        legacy.Canonical is { } canonical
        && SymbolEqualityComparer.Default.Equals(canonical.ContainingAssembly, model.Compilation.Assembly)
        && SignatureOwner(reference) is { } owner
        && DeclaredSymbol(owner, model, cancellationToken) is { } symbol
        && IsVisibleOutsideAssembly(symbol)
            ? symbol
            : null;

    /// <summary>
    /// The declaration whose signature holds the name, or <see langword="null"/> when the name is in a body, an
    /// initializer, a default value, an attribute, a documentation comment, a lambda or a local function.
    /// </summary>
    private static MemberDeclarationSyntax? SignatureOwner(SyntaxNode reference)
    {
        for (SyntaxNode? node = reference.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case MemberDeclarationSyntax member:
                    return member;
                case TypeSyntax:
                case TypeArgumentListSyntax:
                case TupleElementSyntax:
                case FunctionPointerParameterSyntax:
                case FunctionPointerParameterListSyntax:
                case ParameterSyntax:
                case BaseParameterListSyntax:
                case VariableDeclarationSyntax:
                case BaseTypeSyntax:
                case BaseListSyntax:
                case TypeConstraintSyntax:
                case TypeParameterConstraintClauseSyntax:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private static ISymbol? DeclaredSymbol(MemberDeclarationSyntax member, SemanticModel model, CancellationToken cancellationToken) => member switch
    {
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Count > 0 ? model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken) : null,
        _ => model.GetDeclaredSymbol(member, cancellationToken),
    };

    /// <summary>Public, or protected in a type that can be derived from, and so on out to the namespace.</summary>
    private static bool IsVisibleOutsideAssembly(ISymbol symbol)
    {
        for (ISymbol? current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingType)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    continue;
                case Accessibility.Protected:
                case Accessibility.ProtectedOrInternal:
                    if (current.ContainingType is { IsSealed: false })
                    {
                        continue;
                    }

                    return false;
                default:
                    return false;
            }
        }

        return true;
    }
}
