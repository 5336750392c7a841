using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Reading;

/// <summary>Whether generated code outside a canonical type can name what its members' signatures name.</summary>
internal static class SymbolVisibility
{
    public static bool SignatureIsVisible(IMethodSymbol method) =>
        method.Parameters.All(p => SignatureIsVisible(p.Type))
        && method.TypeParameters.All(t => t.ConstraintTypes.All(SignatureIsVisible));

    /// <summary>No private or protected nested types, no pointers.</summary>
    public static bool SignatureIsVisible(ITypeSymbol type) => type switch
    {
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => false,
        IArrayTypeSymbol array => SignatureIsVisible(array.ElementType),
        INamedTypeSymbol named => IsVisible(named) && named.TypeArguments.All(SignatureIsVisible),
        _ => true,
    };

    public static bool IsVisible(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the type is public all the way out, so that other assemblies can name it.</summary>
    public static bool IsPublic(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}
