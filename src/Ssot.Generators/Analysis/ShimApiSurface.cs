using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// What a generated shim offers a binary compiled against the old type, as PublicApiAnalyzers entries would name it:
/// its own public and protected members, and for a class the methods, accessors and events of its base classes (the
/// runtime finds those through the shim, but no field, constructor or nested type). An interface shim offers only what it
/// declares: the runtime does not look for a member of an interface in its base interfaces.
/// </summary>
internal sealed class ShimApiSurface
{
    // PublicApiAnalyzers' own format, without the containing type (an inherited member is offered under the shim's name)
    // and without modifiers (static-ness is read from the symbol).
    private static readonly SymbolDisplayFormat MemberFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.OmittedAsContaining,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeExplicitInterface | SymbolDisplayMemberOptions.IncludeConstantValue,
        parameterOptions: SymbolDisplayParameterOptions.IncludeExtensionThis | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeType
            | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier
            | (SymbolDisplayMiscellaneousOptions)(1 << 8));

    private readonly HashSet<string> _keys = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _looseKeys = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byName = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _nestedTypes = new(System.StringComparer.Ordinal);

    private ShimApiSurface()
    {
    }

    public static ShimApiSurface Of(INamedTypeSymbol shim)
    {
        var surface = new ShimApiSurface();
        string[] typeParameters = shim.TypeParameters.Select(t => t.Name).ToArray();
        foreach (ISymbol member in shim.GetMembers())
        {
            surface.Add(member, shim.Name, typeParameters, inherited: false);
        }

        if (shim.TypeKind == TypeKind.Class)
        {
            for (INamedTypeSymbol? type = shim.BaseType; type is not null; type = type.BaseType)
            {
                foreach (ISymbol member in type.GetMembers())
                {
                    surface.Add(member, shim.Name, typeParameters, inherited: true);
                }
            }
        }

        return surface;
    }

    /// <summary>Whether the shim offers the member an entry names.</summary>
    public bool Provides(PublicApiMember member) => member.Kind switch
    {
        PublicApiMemberKind.NestedType => _nestedTypes.Contains(member.Name),
        PublicApiMemberKind.NestedTypeMember => true,
        _ => _keys.Contains(member.Key) || _looseKeys.Contains(member.LooseKey),
    };

    /// <summary>What the shim offers under a name, as PublicApiAnalyzers would write it after the type's name.</summary>
    public IReadOnlyList<string> Named(string name) => _byName.TryGetValue(name, out List<string>? members) ? members : [];

    /// <summary>Whether a symbol is public API: public, or protected in a type that can be derived from.</summary>
    public static bool IsApi(ISymbol symbol) =>
        symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;

    /// <summary>The member as PublicApiAnalyzers writes it after its type's name, with <c> -&gt; </c> and its type.</summary>
    public static (string Member, string? Type) Display(ISymbol member)
    {
        ITypeSymbol? type = member switch
        {
            IMethodSymbol method => method.ReturnType,
            IFieldSymbol field => field.Type,
            IEventSymbol @event => @event.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };
        return (member.ToDisplayString(MemberFormat), type?.ToDisplayString(MemberFormat));
    }

    private void Add(ISymbol member, string shimName, string[] typeParameters, bool inherited)
    {
        if (!IsApi(member))
        {
            return;
        }

        switch (member)
        {
            case INamedTypeSymbol nested when !inherited:
                _nestedTypes.Add(nested.Name);
                return;
            case IMethodSymbol { MethodKind: MethodKind.Constructor } when inherited:
            case IMethodSymbol { MethodKind: MethodKind.StaticConstructor or MethodKind.Destructor }:
            case IFieldSymbol when inherited:
            case IPropertySymbol or INamedTypeSymbol:
                return;
        }

        (string text, string? type) = Display(member);
        if (PublicApiMember.Of(text, type, member.IsStatic, shimName, typeParameters) is not { } parsed)
        {
            return;
        }

        _keys.Add(parsed.Key);
        _looseKeys.Add(parsed.LooseKey);
        if (!_byName.TryGetValue(parsed.Name, out List<string>? named))
        {
            _byName[parsed.Name] = named = [];
        }

        named.Add((member.IsStatic ? "static " : string.Empty) + text + (type is null ? string.Empty : " -> " + type));
    }
}
