using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Reads the <c>[LegacyName]</c> mappings of a canonical type's members, and their usage errors: the generator writes the
/// forwarders of the valid ones, and the analyzer reports the rest, so the two cannot disagree.
/// </summary>
internal static class LegacyMemberReader
{
    public const string AttributeMetadataName = "Ssot.LegacyNameAttribute";

    /// <summary>One valid mapping: the member, and the name it used to have (escaped as C# writes it).</summary>
    public sealed record Mapping(ISymbol Member, string LegacyName, Location Location);

    /// <summary>
    /// The valid mappings of <paramref name="type"/>. Usage errors go to <paramref name="diagnostics"/> when given, and so
    /// does, for a mapping that only the shim can serve, why code that reaches the canonical type itself cannot.
    /// </summary>
    public static List<Mapping> ReadMappings(INamedTypeSymbol type, IReadOnlyCollection<string> shimNames, bool hasShim, List<Diagnostic>? diagnostics)
    {
        var mappings = new List<Mapping>();
        foreach (ISymbol member in type.GetMembers())
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (!IsLegacyName(attribute))
                {
                    continue;
                }

                string? name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                Location at = ArgumentLocation(attribute);
                if (name is null || !SyntaxFacts.IsValidIdentifier(name.StartsWith("@", System.StringComparison.Ordinal) ? name.Substring(1) : name))
                {
                    diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidLegacyMemberName, at, name ?? "null", member.ToReadable()));
                    continue;
                }

                string plain = name.TrimStart('@');
                if (NotForwardedBecause(member) is { } reason)
                {
                    diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.LegacyNameNotForwarded, at, plain, member.ToReadable(), reason));
                    continue;
                }

                if (ClashOf(type, member, plain, shimNames, mappings) is { } clash)
                {
                    diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.LegacyNameClash, at, plain, member.ToReadable(), clash));
                    continue;
                }

                mappings.Add(new Mapping(member, Identifier.Escape(plain), at));
                if (hasShim && NotThroughAliasBecause(member) is { } limit)
                {
                    diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.LegacyNameNotThroughAlias, at, member.ToReadable(), plain, limit, type.ToReadable(), member.Name));
                }
            }
        }

        return mappings;
    }

    /// <summary>The forwarders of the valid mappings, for the shim of the given shape and for the canonical type itself.</summary>
    public static RenamedMembers? Read(INamedTypeSymbol type, ShimShape shape, IReadOnlyCollection<string> shimNames, TypeDisplay display, LegacyTypeResolver legacy)
    {
        if (shape == ShimShape.None)
        {
            return null;
        }

        List<Mapping> mappings = ReadMappings(type, shimNames, hasShim: true, diagnostics: null);
        if (mappings.Count == 0)
        {
            return null;
        }

        SignatureTypes plain = SignatureTypes.Plain(display, legacy).In(type);
        SignatureTypes inShim = shape == ShimShape.Facade ? SignatureTypes.ForFacade(type, display, legacy).In(type) : plain;
        var shim = new List<MemberModel>();
        var extensions = new List<MemberModel>();
        foreach (Mapping mapping in mappings)
        {
            if (shape != ShimShape.DerivedInterface && Renamed(mapping, type, inShim) is { } forwarder)
            {
                shim.Add(forwarder);
            }

            if (!mapping.Member.IsStatic && mapping.Member is IMethodSymbol && Renamed(mapping, type, plain) is { } extension)
            {
                extensions.Add(extension);
            }
        }

        return new RenamedMembers(shim.ToEquatableArray(), extensions.ToEquatableArray(), type.ToReadable());
    }

    private static MemberModel? Renamed(Mapping mapping, INamedTypeSymbol type, SignatureTypes types)
    {
        MemberModel? model = MemberModelReader.Read(mapping.Member, type.IsStatic, types);
        return model is null ? null : model with { Head = model.Head with { Name = mapping.LegacyName, Target = model.Head.Name } };
    }

    public static bool IsLegacyName(AttributeData attribute) =>
        attribute.AttributeClass is { Name: "LegacyNameAttribute" } attributeClass && TypeDisplay.MetadataNameOf(attributeClass) == AttributeMetadataName;

    /// <summary>Where the attribute's argument is written (the whole attribute when there is none).</summary>
    public static Location ArgumentLocation(AttributeData attribute) =>
        attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax syntax
            ? syntax.ArgumentList?.Arguments.FirstOrDefault()?.GetLocation() ?? syntax.GetLocation()
            : Location.None;

    /// <summary>Why no shim forwards the member under any name, or <see langword="null"/> when one does.</summary>
    private static string? NotForwardedBecause(ISymbol member) => member switch
    {
        _ when member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal) =>
            "it is private or protected, and shims forward only public and internal members",
        IMethodSymbol { MethodKind: not MethodKind.Ordinary } => "an operator, accessor or explicit implementation has no name of its own that callers write",
        IPropertySymbol { IsIndexer: true } => "an indexer has no name that callers write",
        IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 } or IEventSymbol { ExplicitInterfaceImplementations.Length: > 0 } =>
            "an explicit implementation is called through its interface, by the interface's name",
        _ => null,
    };

    private static string? ClashOf(INamedTypeSymbol type, ISymbol member, string name, IReadOnlyCollection<string> shimNames, List<Mapping> earlier)
    {
        if (name == member.Name)
        {
            return "it is the member's own name";
        }

        if (shimNames.Contains(name))
        {
            return "a shim is named '" + name + "', and a member cannot have the name of its type";
        }

        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).FirstOrDefault(m => !m.IsImplicitlyDeclared || m is IMethodSymbol { MethodKind: MethodKind.Ordinary }) is { } existing)
            {
                return "'" + existing.ToReadable() + "' already has that name, and the old name must not change what it calls";
            }
        }

        // Overloads may share an old name; any other pair of members may not.
        foreach (Mapping other in earlier)
        {
            if (other.LegacyName.TrimStart('@') == name
                && !(member is IMethodSymbol method && other.Member is IMethodSymbol otherMethod && !SameParameters(method, otherMethod)))
            {
                return "it is also the legacy name of '" + other.Member.ToReadable() + "'";
            }
        }

        return null;
    }

    private static bool SameParameters(IMethodSymbol a, IMethodSymbol b) =>
        a.TypeParameters.Length == b.TypeParameters.Length
        && a.Parameters.Length == b.Parameters.Length
        && a.Parameters.Zip(b.Parameters, (x, y) => (x.RefKind == RefKind.None) == (y.RefKind == RefKind.None) && x.Type.ToDisplayString() == y.Type.ToDisplayString()).All(same => same);

    /// <summary>Why code that reaches the canonical type itself cannot call the member by its old name.</summary>
    private static string? NotThroughAliasBecause(ISymbol member) => member switch
    {
        { IsStatic: true } => "a static member would need a C# 14 extension member, which is not generated",
        IPropertySymbol => "a property would need a C# 14 extension member, which is not generated",
        IEventSymbol => "C# has no extension events",
        _ => null,
    };
}
