using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// How the types of symbols are named in the model: fully qualified, keywords for built-in types, and nullable
/// annotations where the compilation's C# version has them (below C# 8 a '?' on a reference type does not compile, yet
/// referenced assemblies still carry annotations, e.g. <c>IEquatable&lt;T&gt;.Equals(T? other)</c>).
/// </summary>
internal sealed class TypeDisplay
{
    private static readonly SymbolDisplayFormat Annotated = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat Unannotated = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>A readable name for messages: <c>Ns.Outer.Type&lt;T&gt;</c>.</summary>
    public static readonly SymbolDisplayFormat Readable = SymbolDisplayFormat.CSharpErrorMessageFormat;

    public static readonly TypeDisplay WithAnnotations = new(withoutAnnotations: false);

    public static readonly TypeDisplay WithoutAnnotations = new(withoutAnnotations: true);

    private TypeDisplay(bool withoutAnnotations)
    {
        OmitsAnnotations = withoutAnnotations;
    }

    /// <summary>Whether nullable annotations are left out.</summary>
    public bool OmitsAnnotations { get; }

    /// <summary>The display for a compilation of the given C# version (see <see cref="CompilationFactsReader.LanguageVersionOf"/>).</summary>
    public static TypeDisplay For(int languageVersion) => languageVersion < CompilationFacts.NullableVersion ? WithoutAnnotations : WithAnnotations;

    public static TypeDisplay For(Compilation compilation) => For(CompilationFactsReader.LanguageVersionOf(compilation));

    public string FullyQualified(ITypeSymbol type) =>
        KeywordOf(type) is { } keyword
            ? (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated && !OmitsAnnotations ? keyword + "?" : keyword)
            : type.ToDisplayString(OmitsAnnotations ? Unannotated : Annotated);

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
