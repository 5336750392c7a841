using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;

namespace Ssot.Generators.Reading;

/// <summary>
/// Reads one <c>[Canonical]</c> type into its model. The generator and the analyzer both call it, so the usage errors
/// that skip a type's output and the diagnostics that explain the skip can never disagree.
/// </summary>
internal static class CanonicalReader
{
    public const string AttributeMetadataName = "Ssot.CanonicalAttribute";

    /// <summary>Reads the type; returns <see langword="null"/> when a usage error means it gets no output.</summary>
    /// <param name="diagnostics">Where to report usage errors, or <see langword="null"/> to skip building them (the generator's case).</param>
    /// <param name="withMembers">Whether to read what the shims forward (the analyzer's rules need only the type and its names).</param>
    public static CanonicalTypeModel? Read(
        INamedTypeSymbol type,
        AttributeData attribute,
        Compilation compilation,
        List<Diagnostic>? diagnostics,
        CancellationToken cancellationToken,
        bool withMembers = true)
    {
        CanonicalAttributeData data = CanonicalAttributeData.Read(attribute);
        bool valid = true;

        if (!IsAccessible(type, out string inaccessibleReason))
        {
            diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.CanonicalTypeNotAccessible, data.AttributeLocation, type.ToReadable(), inaccessibleReason));
            return null;
        }

        List<LegacyName>? legacyNames = LegacyTypeReader.ReadNames(type, data, diagnostics);
        valid &= legacyNames is not null;

        // Where the source derives from the type matters only to what Auto picks for an unsealed concrete class.
        CanonicalKind kind = KindOf(type);
        DerivationFacts derivation = DerivationReader.Read(type, legacyNames ?? [], compilation, readSource: data.Shim == RequestedShim.Auto && kind == CanonicalKind.Class, cancellationToken);
        ShimShape? shape = ShimShapes.Resolve(data.Shim, kind, derivation, out string shapeReason);
        if (shape is null)
        {
            diagnostics?.Add(Diagnostic.Create(
                DiagnosticDescriptors.ShimKindNotPossible,
                data.NamedArgumentLocation("Shim"),
                ShimShapes.NameOf(data.Shim),
                type.ToReadable(),
                shapeReason));
            valid = false;
        }

        if (!IsValidDiagnosticId(data.DiagnosticId))
        {
            diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidDiagnosticId, data.NamedArgumentLocation("DiagnosticId"), data.DiagnosticId));
            valid = false;
        }

        TypeDisplay display = TypeDisplay.For(compilation);
        RegistrationModel? registration = RegistrationReader.Read(type, data, display, diagnostics, ref valid);

        if (!valid || legacyNames is null || shape is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var typeName = new TypeName(
            TypeDisplay.NamespaceOf(type),
            Identifier.Escape(type.Name),
            TypeDisplay.MetadataNameOf(type),
            display.FullyQualified(type));
        string typeParameterList = type.TypeParameters.Length == 0
            ? string.Empty
            : "<" + string.Join(", ", type.TypeParameters.Select(t => Identifier.Escape(t.Name))) + ">";

        var legacyTypes = new List<LegacyTypeModel>();
        for (int i = 0; i < legacyNames.Count; i++)
        {
            LegacyTypeModel? legacy = LegacyTypeReader.ReadType(legacyNames[i], typeParameterList, type, data, i, shape != ShimShape.None, compilation, diagnostics);
            if (legacy is null)
            {
                return null;
            }

            legacyTypes.Add(legacy);
        }

        // Reported only for a type whose output is not skipped, like the members a shim leaves out.
        if (shape == ShimShape.Facade && derivation.DerivesFromClass)
        {
            diagnostics?.Add(FacadeIsNotItsBase(type, data, kind, derivation, legacyNames));
        }

        string[] shimNames = legacyNames.Select(n => n.Name).ToArray();
        LegacyTypeResolver resolver = LegacyTypeResolver.For(compilation);
        return new CanonicalTypeModel(
            typeName,
            kind,
            type.IsRecord,
            SymbolVisibility.IsPublic(type),
            SignatureReader.ReadTypeParameters(type.TypeParameters, SignatureTypes.Plain(display, resolver).In(type)) ?? EquatableArray<TypeParameterModel>.Empty,
            legacyTypes.ToEquatableArray(),
            shape.Value,
            new ObsoleteModel(data.DiagnosticId, data.UrlFormat, data.Error),
            data.Alias,
            registration,
            withMembers ? MemberReader.Read(type, shape.Value, shimNames, display, resolver, cancellationToken) : ShimMembers.None,
            withMembers ? LegacyMemberReader.Read(type, shape.Value, shimNames, display, resolver) : null);
    }

    /// <summary>
    /// SSOT1016: a facade wraps the canonical instance and derives from nothing, so it is not an instance of the canonical
    /// type's base class. Auto chooses a subclass shim wherever one can exist; this says why one cannot, or that the user
    /// asked for the facade.
    /// </summary>
    private static Diagnostic FacadeIsNotItsBase(INamedTypeSymbol type, CanonicalAttributeData data, CanonicalKind kind, DerivationFacts derivation, List<LegacyName> legacyNames)
    {
        string canonical = type.ToReadable();
        string remedy = kind == CanonicalKind.SealedClass
            ? "a sealed class has no subclass shim; unseal '" + canonical + "' (ShimKind.Auto then chooses Subclass), or migrate those call sites to the canonical type"
            : !derivation.HasDerivableConstructor
                ? "it has no constructor a derived class can call, so it has no subclass shim; add a protected constructor (ShimKind.Auto then chooses Subclass), or migrate those call sites to the canonical type"
                : "set Shim = ShimKind.Subclass (or ShimKind.Auto, which chooses it) on the [Canonical] attribute";
        return Diagnostic.Create(
            DiagnosticDescriptors.FacadeIsNotItsBase,
            data.NamedArgumentLocation("Shim"),
            canonical,
            type.BaseType!.ToReadable(),
            string.Join("', '", legacyNames.Select(n => n.DisplayName)),
            remedy);
    }

    /// <summary>
    /// What the shim of a type read without members carries, and what it cannot: the analyzer reads members only for
    /// the types that have a shim, to report what is not forwarded.
    /// </summary>
    public static ShimMembers ReadMembers(INamedTypeSymbol type, CanonicalTypeModel model, Compilation compilation, CancellationToken cancellationToken) =>
        MemberReader.Read(
            type,
            model.Shape,
            model.LegacyTypes.Select(l => LegacyName.TryParse(l.MetadataName, out _)?.Name).OfType<string>().ToArray(),
            TypeDisplay.For(compilation),
            LegacyTypeResolver.For(compilation),
            cancellationToken);

    /// <summary>Finds the <c>[Canonical]</c> attribute on a type, if it has one.</summary>
    public static AttributeData? FindAttribute(INamedTypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "CanonicalAttribute" } attributeClass && TypeDisplay.MetadataNameOf(attributeClass) == AttributeMetadataName)
            {
                return attribute;
            }
        }

        return null;
    }

    public static CanonicalKind KindOf(INamedTypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Interface } => CanonicalKind.Interface,
        { TypeKind: TypeKind.Struct } => CanonicalKind.Struct,
        { IsStatic: true } => CanonicalKind.StaticClass,
        { IsAbstract: true } => CanonicalKind.AbstractClass,
        { IsSealed: true } => CanonicalKind.SealedClass,
        _ => CanonicalKind.Class,
    };

    private static bool IsAccessible(INamedTypeSymbol type, out string reason)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                reason = "a file-local type cannot be named by shims in other files";
                return false;
            }

            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                reason = "it is " + (SymbolEqualityComparer.Default.Equals(current, type) ? string.Empty : "nested in a type that is ") + "private or protected, so a shim outside it cannot name it";
                return false;
            }

            if (!SymbolEqualityComparer.Default.Equals(current, type) && current.IsGenericType)
            {
                reason = "it is nested in a generic type";
                return false;
            }
        }

        if (type.IsRefLikeType)
        {
            reason = "a ref struct cannot be held by a shim; consolidate it by hand";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    private static bool IsValidDiagnosticId(string id) =>
        id.Length > 0 && char.IsLetter(id[0]) && id.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');
}
