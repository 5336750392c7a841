using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Reading;

/// <summary>Readable names of symbols, for diagnostic messages.</summary>
internal static class ReadableNames
{
    public static string ToReadable(this ISymbol symbol) => symbol.ToDisplayString(TypeDisplay.Readable);
}
