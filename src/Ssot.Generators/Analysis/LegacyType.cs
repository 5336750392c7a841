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
    /// Whether the analyzer reports references to this type itself: only under the default ID (an analyzer can only
    /// report IDs it declares) and only as warnings (an obsolete error cannot be suppressed, so the compiler keeps it).
    /// </summary>
    public bool IsReportedByAnalyzer => DiagnosticId == Diagnostics.DiagnosticIds.LegacyReference && !IsError;
}
