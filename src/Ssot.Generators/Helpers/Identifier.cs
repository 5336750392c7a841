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

    /// <summary>
    /// A type name as generated code writes it: escaped when it is any keyword, contextual ones included, so that a
    /// legacy type named <c>record</c> or <c>field</c> is declared without the compiler's warnings about such names.
    /// </summary>
    public static string EscapeTypeName(string identifier) => IsContextualKeyword(identifier) ? "@" + identifier : Escape(identifier);

    /// <summary>
    /// Whether the name has a meaning of its own somewhere in C# (<c>var</c>, <c>dynamic</c>, <c>nameof</c>, <c>record</c>,
    /// <c>_</c>, <c>notnull</c>…): a type or alias of that name changes or shadows that meaning.
    /// </summary>
    public static bool IsContextualKeyword(string identifier) =>
        SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None || identifier is "dynamic" or "_" or "nint" or "nuint" or "notnull";
}
