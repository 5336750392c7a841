using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ssot.Generators.Parsing;

/// <summary>How symbols are written into generated code: fully qualified, keywords escaped, nullable annotations kept.</summary>
internal static class TypeDisplay
{
    public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>A readable name for messages: <c>Ns.Outer.Type&lt;T&gt;</c>.</summary>
    public static readonly SymbolDisplayFormat Readable = SymbolDisplayFormat.CSharpErrorMessageFormat;

    public static string ToFullyQualified(this ITypeSymbol type) => type.ToDisplayString(FullyQualified);

    public static string ToReadable(this ISymbol symbol) => symbol.ToDisplayString(Readable);

    /// <summary>An identifier as it must be written: <c>@class</c> for keywords.</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) is SyntaxKind.VarKeyword
            ? "@" + identifier
            : identifier;

    /// <summary>The namespace of a symbol as written in a namespace declaration, empty for the global namespace.</summary>
    public static string NamespaceOf(ISymbol symbol) =>
        symbol.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
            : string.Empty;

    /// <summary>The full metadata name, <c>Ns.Outer+Inner`1</c>.</summary>
    public static string MetadataNameOf(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? ns.ToDisplayString() + "." + name
            : name;
    }
}
