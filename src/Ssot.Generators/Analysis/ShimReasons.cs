using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Why a generated shim lacks a shipped member: what the generator's own reader could not forward (SSOT1014), a member
/// of that name with another signature, a member that is not public, or none at all on the canonical type.
/// </summary>
internal sealed class ShimReasons
{
    private readonly INamedTypeSymbol _canonical;
    private readonly INamedTypeSymbol _shim;
    private readonly IReadOnlyList<ForwardingGap> _gaps;

    private ShimReasons(INamedTypeSymbol canonical, INamedTypeSymbol shim, IReadOnlyList<ForwardingGap> gaps)
    {
        _canonical = canonical;
        _shim = shim;
        _gaps = gaps;
    }

    /// <summary>Reads the canonical type as the generator does, for the members its shim cannot carry.</summary>
    public static ShimReasons Read(INamedTypeSymbol canonical, AttributeData attribute, INamedTypeSymbol shim, Compilation compilation, CancellationToken cancellationToken)
    {
        CanonicalTypeModel? model = CanonicalReader.Read(canonical, attribute, compilation, diagnostics: null, cancellationToken);
        return new ShimReasons(canonical, shim, model?.Members.Gaps.ToList() ?? []);
    }

    public string Why(PublicApiMember member, PublicApiEntry entry, ShimApiSurface surface)
    {
        string canonical = _canonical.ToReadable();
        List<ISymbol> named = Named(member.Name);
        string consequence = "; " + Consequence(member, entry, named);

        if (member.Kind == PublicApiMemberKind.NestedType)
        {
            return "the shim declares no nested type '" + member.Name + "', so binaries compiled against it fail with TypeLoadException; "
                + (named.OfType<INamedTypeSymbol>().Any() ? "'" + canonical + "." + member.Name + "' is not forwarded by the shim" : "'" + canonical + "' has no nested type of that name");
        }

        if (_shim.TypeKind == TypeKind.Interface && named.Any(ShimApiSurface.IsApi))
        {
            return "the interface shim inherits it from '" + canonical + "', but the runtime does not look for an interface's members in its base interfaces"
                + consequence + "; rebuild them against the new assembly";
        }

        if (_gaps.FirstOrDefault(g => NameOf(g.DocumentationId) == member.Name) is { } gap)
        {
            return "the shim cannot forward '" + gap.Member + "' (SSOT1014 at the member says why)" + consequence;
        }

        IReadOnlyList<string> offered = surface.Named(member.Name);
        if (offered.Count > 0)
        {
            return "the shim has " + string.Join(", ", offered.Select(o => "'" + o + "'")) + " under that name, not the shipped signature" + consequence
                + "; keep an overload with the shipped signature on '" + canonical + "'";
        }

        if (_shim.IsSealed && named.Count > 0 && named.All(m => m.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal))
        {
            return "'" + canonical + "." + member.Name + "' is protected, and a facade is sealed: it forwards no protected member" + consequence
                + "; set Shim = ShimKind.Subclass, whose shim inherits it";
        }

        if (named.Count > 0 && !named.Any(ShimApiSurface.IsApi))
        {
            return "'" + canonical + "." + member.Name + "' is not public, and the shim forwards it with the same accessibility" + consequence;
        }

        return member.Name switch
        {
            ".ctor" => "'" + canonical + "' has no public constructor with the shipped parameters" + consequence + "; add one",
            _ => "'" + canonical + "' has no member '" + member.Name + "'" + consequence + "; add it, or put [LegacyName(\"" + member.Name + "\")] on the member that replaced it",
        };
    }

    private static string Consequence(PublicApiMember member, PublicApiEntry entry, List<ISymbol> named)
    {
        if (entry.Head.IndexOf(" = ", StringComparison.Ordinal) >= 0 && member.Kind == PublicApiMemberKind.FieldOrEvent)
        {
            return "binaries keep the constant's value, but source that names it through the legacy type stops compiling";
        }

        // An entry without parentheses is a field or an event; the canonical member, where there is one, says which.
        string exception = member.Kind != PublicApiMemberKind.FieldOrEvent || named.OfType<IEventSymbol>().Any() ? "MissingMethodException"
            : named.OfType<IFieldSymbol>().Any() ? "MissingFieldException"
            : "MissingFieldException (MissingMethodException for an event)";
        return "binaries compiled against it fail with " + exception;
    }

    /// <summary>The canonical type's members a shipped name can mean: constructors, indexers, or members of that name in the type and its bases.</summary>
    private List<ISymbol> Named(string name)
    {
        if (name == ".ctor")
        {
            return _canonical.InstanceConstructors.Cast<ISymbol>().ToList();
        }

        var types = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? type = _canonical; type is not null; type = type.BaseType)
        {
            types.Add(type);
        }

        types.AddRange(_canonical.AllInterfaces);
        return name == "this"
            ? types.SelectMany(t => t.GetMembers()).Where(m => m is IPropertySymbol { IsIndexer: true }).ToList()
            : types.SelectMany(t => t.GetMembers(name)).ToList();
    }

    /// <summary>The member name a documentation ID ends with (<c>.ctor</c> for a constructor).</summary>
    private static string NameOf(string documentationId)
    {
        string text = documentationId.Length > 2 && documentationId[1] == ':' ? documentationId.Substring(2) : documentationId;
        int paren = text.IndexOf('(');
        if (paren >= 0)
        {
            text = text.Substring(0, paren);
        }

        string name = text.Substring(text.LastIndexOf('.') + 1);
        int arity = name.IndexOf('`');
        name = arity >= 0 ? name.Substring(0, arity) : name;
        return name == "#ctor" ? ".ctor" : name;
    }
}
