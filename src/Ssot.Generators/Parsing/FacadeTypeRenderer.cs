using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Parsing;

/// <summary>
/// Writes the types of a facade member. Where a member takes or returns the canonical type by value, the facade
/// takes or returns itself instead (the implicit conversions bridge the call), so a binary compiled against the old
/// type finds the member it was compiled against.
/// </summary>
internal sealed class FacadeTypeRenderer
{
    /// <summary>Stands for the facade's own type in a model; the emitter writes the legacy name there.</summary>
    public const string Self = "__SsotSelf__";

    private readonly INamedTypeSymbol? _canonical;

    private FacadeTypeRenderer(INamedTypeSymbol? canonical)
    {
        _canonical = canonical;
    }

    /// <summary>Writes every type as it is.</summary>
    public static FacadeTypeRenderer Plain { get; } = new(null);

    /// <summary>Writes the canonical type, where it is passed by value, as the facade.</summary>
    public static FacadeTypeRenderer For(INamedTypeSymbol canonical) => new(canonical);

    /// <summary>Whether members are read for a facade class (not a struct facade, not a static forwarder).</summary>
    public bool IsClassFacade => _canonical is { TypeKind: TypeKind.Class };

    /// <summary>Whether the last member read put the facade in place of the canonical type somewhere.</summary>
    public bool Substituted { get; private set; }

    public void Reset() => Substituted = false;

    public string Render(ITypeSymbol type, bool byValue)
    {
        // The default comparer ignores nullable annotations: 'Canonical?' is the canonical type too.
        if (byValue && _canonical is not null && SymbolEqualityComparer.Default.Equals(type, _canonical))
        {
            Substituted = true;
            return Self + (type.NullableAnnotation == NullableAnnotation.Annotated && type.IsReferenceType ? "?" : string.Empty);
        }

        return type.ToFullyQualified();
    }
}
