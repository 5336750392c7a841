using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Emitting;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Reads and checks the legacy names of one <c>[Canonical]</c> type, and splits each the way its shim is declared.</summary>
internal static class LegacyTypeReader
{
    /// <summary>The legacy names that parse, in attribute order; <see langword="null"/> when any is wrong.</summary>
    public static List<LegacyName>? ReadNames(INamedTypeSymbol type, CanonicalAttributeData data, List<Diagnostic>? diagnostics)
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

            if (name.Namespace.Split('.').Concat(name.ContainingTypes).Append(name.Name).FirstOrDefault(RebindsKeywordType) is { } keyword)
            {
                diagnostics?.Add(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidLegacyName,
                    data.LegacyNameLocation(i),
                    name.MetadataName,
                    "a type or namespace named '" + keyword + "' changes what '" + keyword + "' means in C# wherever it is in scope (the canonical type's own code too), and the shim itself must write the keyword"));
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

    /// <summary>The model of one legacy name; <see langword="null"/> when a type it would be nested in makes it impossible.</summary>
    public static LegacyTypeModel? ReadType(
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
            string escaped = Identifier.EscapeTypeName(outer);
            if (existing is null && generatesShims && declaredParent is not null && NameIsTaken(declaredParent, outer, arity: 0, compilation))
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidLegacyName, data.LegacyNameLocation(index), name.MetadataName, "'" + declaredParent.ToReadable() + "' already has a member named '" + outer + "'"));
                return null;
            }

            if (existing is null)
            {
                // No such type: the shim brings a static holder for it.
                containing.Add(new ContainingTypeModel(escaped, ContainingTypeKind.Holder));
            }
            else if (!IsPartial(existing))
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.LegacyContainingTypeNotPartial, data.LegacyNameLocation(index), name.MetadataName, existing.ToReadable()));
                return null;
            }
            else
            {
                containing.Add(new ContainingTypeModel(escaped, KindOf(existing)));
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
            + string.Join(".", SplitNamespace(name.Namespace).Select(Identifier.Escape).Concat(name.ContainingTypes.Concat([name.Name]).Select(Identifier.EscapeTypeName)))
            + typeParameterList;
        string canonical = type.ToReadable();
        string message = data.Message
            ?? "'" + name.DisplayName + "' was consolidated into '" + canonical + "': use '" + canonical + "' instead.";
        return new LegacyTypeModel(
            name.MetadataName,
            string.Join(".", SplitNamespace(name.Namespace).Select(Identifier.Escape)),
            containing.ToEquatableArray(),
            Identifier.EscapeTypeName(name.Name),
            qualified,
            message);
    }

    private static IEnumerable<string> SplitNamespace(string ns) => ns.Length == 0 ? [] : ns.Split('.');

    /// <summary>Whether any type along the name would be nested in a type of its own name (CS0542).</summary>
    /// <summary>
    /// Whether a type or namespace of the name takes the place of a type or constraint keyword: C# binds <c>nint</c>,
    /// <c>nuint</c>, <c>dynamic</c>, <c>unmanaged</c> and <c>notnull</c> to what is so named where it is in scope.
    /// </summary>
    private static bool RebindsKeywordType(string name) => name is "nint" or "nuint" or "dynamic" or "unmanaged" or "notnull";

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
        member.DeclaringSyntaxReferences.Any(r => GeneratedFile.IsOutputOf(r.SyntaxTree));

    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Length > 0
        && type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static ContainingTypeKind KindOf(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => ContainingTypeKind.RecordStruct,
        { IsRecord: true } => ContainingTypeKind.RecordClass,
        { TypeKind: TypeKind.Struct } => ContainingTypeKind.Struct,
        { TypeKind: TypeKind.Interface } => ContainingTypeKind.Interface,
        _ => ContainingTypeKind.Class,
    };
}
