using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>
/// Turns one <c>[Canonical]</c> type into its model. The generator and the analyzer both call it, so the
/// rules that skip output and the diagnostics that explain the skip can never disagree.
/// </summary>
internal static class CanonicalParser
{
    public const string AttributeMetadataName = "Ssot.CanonicalAttribute";

    // The values of Ssot.CanonicalLifetime.
    private static readonly string[] Lifetimes = ["Singleton", "Scoped", "Transient", "None"];

    /// <summary>Parses the type; returns <see langword="null"/> when a usage error means it gets no output.</summary>
    /// <param name="diagnostics">Where to report usage errors, or <see langword="null"/> to skip building them (the generator's case).</param>
    public static CanonicalTypeModel? Parse(
        INamedTypeSymbol type,
        AttributeData attribute,
        Compilation compilation,
        List<Diagnostic>? diagnostics,
        CancellationToken cancellationToken)
    {
        using (TypeDisplay.ForLanguageVersion(CompilationFactsReader.LanguageVersionOf(compilation)))
        {
            return ParseType(type, attribute, compilation, diagnostics, cancellationToken);
        }
    }

    private static CanonicalTypeModel? ParseType(
        INamedTypeSymbol type,
        AttributeData attribute,
        Compilation compilation,
        List<Diagnostic>? diagnostics,
        CancellationToken cancellationToken)
    {
        CanonicalAttributeData data = CanonicalAttributeData.Read(attribute);
        bool valid = true;

        if (!IsAccessible(type, out string inaccessibleReason))
        {
            diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.CanonicalTypeNotAccessible, data.AttributeLocation, type.ToReadable(), inaccessibleReason));
            return null;
        }

        List<LegacyName>? legacyNames = ReadLegacyNames(type, data, diagnostics);
        valid &= legacyNames is not null;

        ShimShape? shape = ShimShapeRules.Resolve(data.Shim, type, out string shapeReason);
        if (shape is null)
        {
            diagnostics?.Add(Diagnostic.Create(
                DiagnosticDescriptors.ShimKindNotPossible,
                data.NamedArgumentLocation("Shim"),
                ShimShapeRules.KindName(data.Shim),
                type.ToReadable(),
                shapeReason));
            valid = false;
        }

        if (!IsValidDiagnosticId(data.DiagnosticId))
        {
            diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidDiagnosticId, data.NamedArgumentLocation("DiagnosticId"), data.DiagnosticId));
            valid = false;
        }

        RegistrationModel? registration = ReadRegistration(type, data, diagnostics, ref valid);

        if (!valid || legacyNames is null || shape is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var typeName = new TypeName(
            TypeDisplay.NamespaceOf(type),
            TypeDisplay.Escape(type.Name),
            TypeDisplay.MetadataNameOf(type),
            type.ToFullyQualified());
        EquatableArray<TypeParameterModel> typeParameters = SignatureReader.ReadTypeParameters(type.TypeParameters);
        string typeParameterList = type.TypeParameters.Length == 0
            ? string.Empty
            : "<" + string.Join(", ", type.TypeParameters.Select(t => TypeDisplay.Escape(t.Name))) + ">";

        var legacyTypes = new List<LegacyTypeModel>();
        for (int i = 0; i < legacyNames.Count; i++)
        {
            LegacyTypeModel? legacy = ReadLegacyType(legacyNames[i], typeParameterList, type, data, i, shape != ShimShape.None, compilation, diagnostics);
            if (legacy is null)
            {
                return null;
            }

            legacyTypes.Add(legacy);
        }

        string[] shimNames = legacyNames.Select(n => n.Name).ToArray();
        return new CanonicalTypeModel(
            typeName,
            ShimShapeRules.KindOf(type),
            type.IsRecord,
            IsPublic(type),
            typeParameters,
            legacyTypes.ToEquatableArray(),
            shape.Value,
            new ObsoleteModel(data.DiagnosticId, data.UrlFormat, data.Error),
            data.Alias,
            registration,
            shape == ShimShape.Facade ? MemberCollector.ReadFacade(type, shimNames, cancellationToken) : null,
            shape == ShimShape.Subclass ? MemberCollector.ReadSubclassConstructors(type) : EquatableArray<ConstructorModel>.Empty,
            shape == ShimShape.StaticForwarder ? MemberCollector.ReadStaticMembers(type, shimNames, cancellationToken) : EquatableArray<MemberModel>.Empty);
    }

    /// <summary>Finds the <c>[Canonical]</c> attribute on a type, if it has one.</summary>
    public static AttributeData? FindAttribute(INamedTypeSymbol type, INamedTypeSymbol attributeType)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The legacy names that parse, in attribute order; <see langword="null"/> when any is wrong.</summary>
    public static List<LegacyName>? ReadLegacyNames(INamedTypeSymbol type, CanonicalAttributeData data, List<Diagnostic>? diagnostics)
    {
        if (data.LegacyNames.Count == 0)
        {
            diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.NoLegacyNames, data.AttributeLocation, type.ToReadable()));
            return null;
        }

        var result = new List<LegacyName>();
        var seen = new HashSet<string>();
        string canonicalName = TypeDisplay.MetadataNameOf(type);
        bool valid = true;
        for (int i = 0; i < data.LegacyNames.Count; i++)
        {
            string? text = data.LegacyNames[i];
            LegacyName? name = LegacyName.TryParse(text, out string error);
            if (name is null)
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidLegacyName, data.LegacyNameLocation(i), text ?? "null", error));
                valid = false;
                continue;
            }

            if (!seen.Add(name.MetadataName))
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateLegacyName, data.LegacyNameLocation(i), name.MetadataName, type.ToReadable()));
                valid = false;
                continue;
            }

            if (name.MetadataName == canonicalName)
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.LegacyNameIsCanonical, data.LegacyNameLocation(i), name.MetadataName));
                valid = false;
                continue;
            }

            if (NestsInItsOwnName(name))
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidLegacyName, data.LegacyNameLocation(i), name.MetadataName, "a type cannot be nested in a type of its own name"));
                valid = false;
                continue;
            }

            if (type.TypeParameters.Any(t => t.Name == name.Name))
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidLegacyName, data.LegacyNameLocation(i), name.MetadataName, "the shim would be named like one of its own type parameters"));
                valid = false;
                continue;
            }

            if (name.Arity != type.Arity)
            {
                diagnostics?.Add(Diagnostic.Create(
                    DiagnosticDescriptors.GenericArityMismatch,
                    data.LegacyNameLocation(i),
                    name.MetadataName,
                    name.Arity,
                    type.ToReadable(),
                    type.Arity));
                valid = false;
                continue;
            }

            result.Add(name);
        }

        return valid ? result : null;
    }

    private static LegacyTypeModel? ReadLegacyType(
        LegacyName name,
        string typeParameterList,
        INamedTypeSymbol type,
        CanonicalAttributeData data,
        int index,
        bool generatesShims,
        Compilation compilation,
        List<Diagnostic>? diagnostics)
    {
        var containing = new List<ContainingTypeModel>();
        string metadataPrefix = name.Namespace.Length == 0 ? string.Empty : name.Namespace + ".";

        // The declared type the next generated outer class goes into, if any: its name must be free there. (The shim's
        // own name is checked whatever the shape, as every legacy name is.)
        INamedTypeSymbol? declaredParent = null;
        foreach (string outer in name.ContainingTypes)
        {
            string outerMetadataName = metadataPrefix + outer;
            INamedTypeSymbol? existing = compilation.Assembly.GetTypeByMetadataName(outerMetadataName);
            string escaped = TypeDisplay.Escape(outer);
            if (existing is null && generatesShims && declaredParent is not null && NameIsTaken(declaredParent, outer, arity: 0, compilation))
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidLegacyName, data.LegacyNameLocation(index), name.MetadataName, "'" + declaredParent.ToReadable() + "' already has a member named '" + outer + "'"));
                return null;
            }

            if (existing is null)
            {
                // No such type: the shim brings a static holder for it.
                // Always public: shims of public and internal types may share it, and its parts may not disagree (CS0262);
                // the shims inside keep their own accessibility.
                containing.Add(new ContainingTypeModel(escaped, "public static partial class " + escaped));
            }
            else if (!IsPartial(existing))
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.LegacyContainingTypeNotPartial, data.LegacyNameLocation(index), name.MetadataName, existing.ToReadable()));
                return null;
            }
            else
            {
                containing.Add(new ContainingTypeModel(escaped, "partial " + KeywordOf(existing) + " " + escaped));
            }

            declaredParent = existing;
            metadataPrefix = outerMetadataName + "+";
        }

        if (declaredParent is not null && NameIsTaken(declaredParent, name.Name, name.Arity, compilation))
        {
            diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidLegacyName, data.LegacyNameLocation(index), name.MetadataName, "'" + declaredParent.ToReadable() + "' already has a member named '" + name.Name + "'"));
            return null;
        }

        string qualified = "global::"
            + string.Join(".", SplitNamespace(name.Namespace).Concat(name.ContainingTypes).Concat([name.Name]).Select(TypeDisplay.Escape))
            + typeParameterList;
        string canonical = type.ToReadable();
        string message = data.Message
            ?? "'" + name.DisplayName + "' was consolidated into '" + canonical + "': use '" + canonical + "' instead.";
        return new LegacyTypeModel(
            name.MetadataName,
            string.Join(".", SplitNamespace(name.Namespace).Select(TypeDisplay.Escape)),
            containing.ToEquatableArray(),
            TypeDisplay.Escape(name.Name),
            qualified,
            message);
    }

    private static IEnumerable<string> SplitNamespace(string ns) => ns.Length == 0 ? [] : ns.Split('.');

    private static RegistrationModel? ReadRegistration(INamedTypeSymbol type, CanonicalAttributeData data, List<Diagnostic>? diagnostics, ref bool valid)
    {
        if (data.Lifetime is < 0 or >= 3)
        {
            return null;
        }

        string lifetime = Lifetimes[data.Lifetime];
        string? notPossible = type switch
        {
            { TypeKind: TypeKind.Interface } => "an interface has no implementation to register",
            { TypeKind: TypeKind.Struct } => "a struct cannot be a service",
            { IsStatic: true } => "a static class has no instance",
            { IsAbstract: true } => "an abstract class cannot be constructed",
            { IsGenericType: true } => "a generic type is registered as an open generic by hand",
            _ => null,
        };
        if (notPossible is not null)
        {
            if (data.LifetimeIsExplicit)
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.RegistrationNotPossible, data.NamedArgumentLocation("Lifetime"), lifetime, type.ToReadable(), notPossible));
            }

            return null;
        }

        string methodName = data.RegistrationMethod ?? "Add" + type.Name;
        if (!SyntaxFacts.IsValidIdentifier(methodName) || SyntaxFacts.GetKeywordKind(methodName) != SyntaxKind.None)
        {
            diagnostics?.Add(Diagnostic.Create(
                DiagnosticDescriptors.InvalidRegistrationMethod,
                data.NamedArgumentLocation("RegistrationMethod"),
                methodName,
                type.ToReadable(),
                "it is not a C# identifier"));
            valid = false;
        }

        var serviceTypes = new List<string>();
        IReadOnlyList<ITypeSymbol?> entries = data.ServiceTypes ?? [];
        for (int i = 0; i < entries.Count; i++)
        {
            string? problem = entries[i] switch
            {
                null or IErrorTypeSymbol => "the entry is null or does not name a type",
                INamedTypeSymbol { IsUnboundGenericType: true } => "an open generic type cannot resolve to one instance",
                ITypeSymbol service when !Implements(type, service) => "'" + type.ToReadable() + "' does not implement or derive from it",
                ITypeSymbol { IsValueType: true } => "a value type cannot share an instance",
                _ => null,
            };
            if (problem is not null)
            {
                diagnostics?.Add(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidServiceType,
                    data.ServiceTypeLocation(i),
                    entries[i]?.ToReadable() ?? "null",
                    type.ToReadable(),
                    problem));
                valid = false;
                continue;
            }

            string name = entries[i]!.ToFullyQualified();
            if (!serviceTypes.Contains(name))
            {
                serviceTypes.Add(name);
            }
        }

        return new RegistrationModel(methodName, lifetime, serviceTypes.ToEquatableArray());
    }

    private static bool Implements(INamedTypeSymbol type, ITypeSymbol service)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, service))
            {
                return true;
            }
        }

        return type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, service));
    }

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

    /// <summary>Whether the type is public all the way out, so that other assemblies can name it.</summary>
    internal static bool IsPublic(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether any type along the name would be nested in a type of its own name (CS0542).</summary>
    private static bool NestsInItsOwnName(LegacyName name)
    {
        for (int i = 0; i < name.ContainingTypes.Count; i++)
        {
            string inner = i + 1 < name.ContainingTypes.Count ? name.ContainingTypes[i + 1] : name.Name;
            if (name.ContainingTypes[i] == inner)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a nested type of this name and arity, added to <paramref name="container"/>, would clash with one of its
    /// members (CS0102: any member of that metadata name, an indexer's Item and an accessor's get_X included) or hide
    /// an inherited one (CS0108 in generated code, and the user's own code in the type would bind to the shim).
    /// </summary>
    private static bool NameIsTaken(INamedTypeSymbol container, string name, int arity, Compilation compilation)
    {
        if (container.GetMembers().Any(m => !IsGenerated(m) && (m is INamedTypeSymbol nested ? nested.Name == name && nested.Arity == arity : m.MetadataName == name)))
        {
            return true;
        }

        IEnumerable<INamedTypeSymbol> inheritedFrom = container.TypeKind == TypeKind.Interface ? container.AllInterfaces : BaseTypes(container);
        return inheritedFrom.Any(baseType => baseType.GetMembers().Any(m => !IsGenerated(m)
            && (m is INamedTypeSymbol nested ? nested.Name == name && nested.Arity == arity : arity == 0 && m.MetadataName == name)
            && m is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor }
            && compilation.IsSymbolAccessibleWithin(m, container)));
    }

    private static IEnumerable<INamedTypeSymbol> BaseTypes(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }

    // The compilation the analyzer sees holds the shims: they are not the user's members.
    private static bool IsGenerated(ISymbol member) =>
        member.DeclaringSyntaxReferences.Any(r => Emitting.GeneratedFile.IsOutputOf(r.SyntaxTree));

    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Length > 0
        && type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string KeywordOf(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static bool IsValidDiagnosticId(string id) =>
        id.Length > 0 && char.IsLetter(id[0]) && id.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');
}
