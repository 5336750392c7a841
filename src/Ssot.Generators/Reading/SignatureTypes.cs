using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Reads the types of forwarded signatures. For a facade, the canonical type passed by value becomes the facade itself
/// (the implicit conversions bridge the call), so a binary compiled against the old type finds the member it was
/// compiled against. A legacy name that is an error type until the shims exist is written as that legacy type.
/// </summary>
internal sealed class SignatureTypes
{
    private static readonly SymbolDisplayFormat DefinitionName = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGenericsOptions(SymbolDisplayGenericsOptions.None);

    private readonly INamedTypeSymbol? _facadeOf;
    private readonly LegacyTypeResolver _legacy;
    private readonly INamedTypeSymbol? _context;

    private SignatureTypes(INamedTypeSymbol? facadeOf, TypeDisplay display, LegacyTypeResolver legacy, INamedTypeSymbol? context)
    {
        _facadeOf = facadeOf;
        Display = display;
        _legacy = legacy;
        _context = context;
    }

    public TypeDisplay Display { get; }

    /// <summary>Whether members are read for a class facade (not a struct facade, not a static forwarder).</summary>
    public bool IsClassFacade => _facadeOf is { TypeKind: TypeKind.Class };

    /// <summary>Reads every type as it is.</summary>
    public static SignatureTypes Plain(TypeDisplay display, LegacyTypeResolver legacy) => new(null, display, legacy, null);

    /// <summary>Reads the canonical type, where it is passed by value, as the facade.</summary>
    public static SignatureTypes ForFacade(INamedTypeSymbol canonical, TypeDisplay display, LegacyTypeResolver legacy) => new(canonical, display, legacy, canonical);

    /// <summary>The same reading, writing the canonical type as itself.</summary>
    public SignatureTypes WithoutFacade() => new(null, Display, _legacy, _context);

    /// <summary>The same reading for the members declared in <paramref name="declaringType"/>, whose names its own scope resolves.</summary>
    public SignatureTypes In(INamedTypeSymbol declaringType) => new(_facadeOf, Display, _legacy, declaringType);

    /// <summary>The type as a forwarder writes it; <see langword="null"/> when generated code outside the canonical type cannot name it.</summary>
    public TypeRef? Read(ITypeSymbol type, bool byValue)
    {
        // The default comparer ignores nullable annotations: 'Canonical?' is the canonical type too.
        if (byValue && _facadeOf is not null && SymbolEqualityComparer.Default.Equals(type, _facadeOf))
        {
            return TypeRef.Self(type.NullableAnnotation == NullableAnnotation.Annotated && type.IsReferenceType);
        }

        return Text(type) is { } text ? new TypeRef(text) : null;
    }

    /// <summary>Whether generated code outside the canonical type can name the type (no private nested types, no pointers, no unknown names).</summary>
    public bool CanName(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol error => Legacy(error) is not null && error.TypeArguments.All(CanName),
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => false,
        IArrayTypeSymbol array => CanName(array.ElementType),
        INamedTypeSymbol named => SymbolVisibility.IsVisible(named) && named.TypeArguments.All(CanName),
        _ => true,
    };

    public bool CanName(IMethodSymbol method) =>
        method.Parameters.All(p => CanName(p.Type))
        && method.TypeParameters.All(t => t.ConstraintTypes.All(CanName));

    /// <summary>The C# text of a type: the display's, unless a legacy name inside it is still an error type.</summary>
    private string? Text(ITypeSymbol type)
    {
        if (!ContainsError(type))
        {
            return Display.FullyQualified(type);
        }

        string annotation = type.NullableAnnotation == NullableAnnotation.Annotated && !Display.OmitsAnnotations ? "?" : string.Empty;
        switch (type)
        {
            case IErrorTypeSymbol error when Legacy(error) is { } legacy:
                return TypeArguments(error) is { } errorArguments ? legacy + errorArguments + annotation : null;

            case IArrayTypeSymbol array:
                // C# writes the element type, then the ranks from the outermost array in: int[][,] is an array of int[,].
                var ranks = new List<string>();
                ITypeSymbol element = array;
                while (element is IArrayTypeSymbol nested)
                {
                    ranks.Add("[" + new string(',', nested.Rank - 1) + "]" + (nested.NullableAnnotation == NullableAnnotation.Annotated && !Display.OmitsAnnotations ? "?" : string.Empty));
                    element = nested.ElementType;
                }

                return Text(element) is { } elementText ? elementText + string.Concat(ranks) : null;

            // An unknown T? is read as Nullable<T>: for a legacy class it is a nullable reference, for a legacy struct a
            // nullable value; 'Legacy?' says either.
            case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable:
                return Text(nullable.TypeArguments[0]) is { } underlying ? underlying + "?" : null;

            case INamedTypeSymbol { IsTupleType: true } tuple:
                var elements = new List<string>();
                foreach (IFieldSymbol field in tuple.TupleElements)
                {
                    if (Text(field.Type) is not { } fieldText)
                    {
                        return null;
                    }

                    elements.Add(field.IsExplicitlyNamedTupleElement ? fieldText + " " + Identifier.Escape(field.Name) : fieldText);
                }

                return "(" + string.Join(", ", elements) + ")" + annotation;

            case INamedTypeSymbol { ContainingType: null } generic when TypeArguments(generic) is { } arguments:
                return generic.OriginalDefinition.ToDisplayString(DefinitionName) + arguments + annotation;

            default:
                return null;
        }
    }

    private string? TypeArguments(INamedTypeSymbol type)
    {
        if (type.TypeArguments.Length == 0)
        {
            return string.Empty;
        }

        var arguments = new List<string>();
        foreach (ITypeSymbol argument in type.TypeArguments)
        {
            if (Text(argument) is not { } text)
            {
                return null;
            }

            arguments.Add(text);
        }

        return "<" + string.Join(", ", arguments) + ">";
    }

    /// <summary>The fully qualified legacy type an error type stands for, or <see langword="null"/>.</summary>
    private string? Legacy(IErrorTypeSymbol error) =>
        _legacy.Resolve(error, _context) is { } name
            ? "global::" + string.Join(".", (name.Namespace.Length == 0 ? [] : name.Namespace.Split('.').Select(Identifier.Escape))
                .Concat(name.ContainingTypes.Concat([name.Name]).Select(Identifier.EscapeTypeName)))
            : null;

    private static bool ContainsError(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => true,
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        IPointerTypeSymbol pointer => ContainsError(pointer.PointedAtType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsError),
        _ => false,
    };
}
