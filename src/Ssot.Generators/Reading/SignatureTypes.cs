using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Reads the types of forwarded signatures. For a facade, the canonical type passed by value becomes the facade itself
/// (the implicit conversions bridge the call), so a binary compiled against the old type finds the member it was
/// compiled against.
/// </summary>
internal sealed class SignatureTypes
{
    private readonly INamedTypeSymbol? _facadeOf;

    private SignatureTypes(INamedTypeSymbol? facadeOf, TypeDisplay display)
    {
        _facadeOf = facadeOf;
        Display = display;
    }

    public TypeDisplay Display { get; }

    /// <summary>Whether members are read for a class facade (not a struct facade, not a static forwarder).</summary>
    public bool IsClassFacade => _facadeOf is { TypeKind: TypeKind.Class };

    /// <summary>Reads every type as it is.</summary>
    public static SignatureTypes Plain(TypeDisplay display) => new(null, display);

    /// <summary>Reads the canonical type, where it is passed by value, as the facade.</summary>
    public static SignatureTypes ForFacade(INamedTypeSymbol canonical, TypeDisplay display) => new(canonical, display);

    public TypeRef Read(ITypeSymbol type, bool byValue) =>

        // The default comparer ignores nullable annotations: 'Canonical?' is the canonical type too.
        byValue && _facadeOf is not null && SymbolEqualityComparer.Default.Equals(type, _facadeOf)
            ? TypeRef.Self(type.NullableAnnotation == NullableAnnotation.Annotated && type.IsReferenceType)
            : new TypeRef(Display.FullyQualified(type));
}
