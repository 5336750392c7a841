using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The API an old binary links against: every public or protected member of every public type of an assembly, as a
/// fully qualified signature. Two builds with the same list are interchangeable for a compiled consumer.
/// </summary>
internal static class PublicApi
{
    private static readonly SymbolDisplayFormat Signature = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeModifiers
            | SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef
            | SymbolDisplayMemberOptions.IncludeConstantValue,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeExtensionThis,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static IReadOnlyList<string> Of(Compilation compilation) =>
        Types(compilation.Assembly.GlobalNamespace)
            .Where(IsVisible)
            .SelectMany(type => new[] { type.ToDisplayString(Signature) + BaseList(type) }
                .Concat(type.GetMembers().Where(IsVisible).Where(m => m is not INamedTypeSymbol).Select(m => m.ToDisplayString(Signature))))
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToList();

    /// <summary>The lines of one list that the other lacks, both ways, for a readable difference.</summary>
    public static string Difference(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        string.Join("\n", before.Except(after).Select(s => "  - " + s).Concat(after.Except(before).Select(s => "  + " + s)));

    private static string BaseList(INamedTypeSymbol type) =>
        " : " + string.Join(", ", new[] { type.BaseType }.OfType<INamedTypeSymbol>().Concat(type.Interfaces).Select(t => t.ToDisplayString(Signature)));

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns) =>
        ns.GetTypeMembers().SelectMany(Nested).Concat(ns.GetNamespaceMembers().SelectMany(Types));

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type) => new[] { type }.Concat(type.GetTypeMembers().SelectMany(Nested));

    private static bool IsVisible(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
        && (symbol.ContainingType is null || IsVisible(symbol.ContainingType));
}
