using Microsoft.CodeAnalysis.CSharp;

namespace Ssot.Generators.Helpers;

/// <summary>Identifiers as C# source must write them.</summary>
internal static class Identifier
{
    /// <summary>An identifier as it must be written: <c>@class</c> for keywords (and <c>@var</c>, which would not name a type).</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) is SyntaxKind.VarKeyword
            ? "@" + identifier
            : identifier;
}
