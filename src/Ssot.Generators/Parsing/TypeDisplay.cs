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

    private static readonly SymbolDisplayFormat FullyQualifiedWithoutAnnotations = SymbolDisplayFormat.FullyQualifiedFormat;

    // The parse of one canonical type runs on one thread; the language version is the compilation's.
    [System.ThreadStatic]
    private static bool t_withoutAnnotations;

    /// <summary>
    /// Whether types are written without nullable annotations: below C# 8 a '?' on a reference type does not compile,
    /// yet referenced assemblies still carry annotations (IEquatable&lt;T&gt;.Equals(T? other)).
    /// </summary>
    public static bool WithoutAnnotations => t_withoutAnnotations;

    /// <summary>Writes types for a compilation of the given C# version until the returned scope is disposed.</summary>
    public static Scope ForLanguageVersion(int languageVersion)
    {
        bool previous = t_withoutAnnotations;
        t_withoutAnnotations = languageVersion < 800;
        return new Scope(previous);
    }

    public static string ToFullyQualified(this ITypeSymbol type) =>
        KeywordOf(type) is { } keyword
            ? (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated && !t_withoutAnnotations ? keyword + "?" : keyword)
            : type.ToDisplayString(t_withoutAnnotations ? FullyQualifiedWithoutAnnotations : FullyQualified);

    /// <summary>
    /// The keyword the display format writes for a built-in type (most parameter and return types), without building
    /// display parts for it.
    /// </summary>
    private static string? KeywordOf(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Object => "object",
        SpecialType.System_Void => "void",
        SpecialType.System_Boolean => "bool",
        SpecialType.System_Char => "char",
        SpecialType.System_SByte => "sbyte",
        SpecialType.System_Byte => "byte",
        SpecialType.System_Int16 => "short",
        SpecialType.System_UInt16 => "ushort",
        SpecialType.System_Int32 => "int",
        SpecialType.System_UInt32 => "uint",
        SpecialType.System_Int64 => "long",
        SpecialType.System_UInt64 => "ulong",
        SpecialType.System_Decimal => "decimal",
        SpecialType.System_Single => "float",
        SpecialType.System_Double => "double",
        SpecialType.System_String => "string",
        _ => null,
    };

    /// <summary>Restores the previous setting of <see cref="ForLanguageVersion"/>.</summary>
    public readonly struct Scope : System.IDisposable
    {
        private readonly bool _previous;

        public Scope(bool previous)
        {
            _previous = previous;
        }

        public void Dispose() => t_withoutAnnotations = _previous;
    }

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
            ? NamespaceMetadataName(ns) + "." + name
            : name;
    }

    /// <summary>A namespace's metadata name: its segments as they are, never escaped (<c>event.Core</c>, not <c>@event.Core</c>).</summary>
    public static string NamespaceMetadataName(INamespaceSymbol ns) =>
        ns.ContainingNamespace is { IsGlobalNamespace: false } outer ? NamespaceMetadataName(outer) + "." + ns.MetadataName : ns.MetadataName;
}
