using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Analysis;

/// <summary>A legacy shim type and what its references are reported as.</summary>
internal sealed class LegacyType
{
    public LegacyType(INamedTypeSymbol shim, INamedTypeSymbol? canonical, string diagnosticId, bool isError, string message)
    {
        Shim = shim;
        Canonical = canonical;
        DiagnosticId = diagnosticId;
        IsError = isError;
        Message = message;
    }

    public INamedTypeSymbol Shim { get; }

    public INamedTypeSymbol? Canonical { get; }

    public string DiagnosticId { get; }

    public bool IsError { get; }

    public string Message { get; }

    /// <summary>
    /// Whether the shim is a facade of a canonical class: a separate object that wraps one canonical instance (a subclass
    /// shim's instance is the canonical instance itself, an interface shim adds no object, a struct has no identity).
    /// </summary>
    public bool IsClassFacade => Canonical is { TypeKind: TypeKind.Class } canonical && Shim.TypeKind == TypeKind.Class && !Inherits(Shim, canonical);

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it (generic types by their definitions).</summary>
    public static bool Inherits(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the analyzer reports references to this type itself: only under the default ID (an analyzer can only
    /// report IDs it declares) and only as warnings (an obsolete error cannot be suppressed, so the compiler keeps it).
    /// </summary>
    public bool IsReportedByAnalyzer => DiagnosticId == Diagnostics.DiagnosticIds.LegacyReference && !IsError;
}
