using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Every legacy shim the compilation can see, in its own assembly and in the assemblies it references, found from the
/// <c>AssemblyMetadata("Ssot.Legacy", ...)</c> entries the generator writes: no reference's types are walked.
/// </summary>
internal sealed class LegacyTypeMap
{
    private readonly Dictionary<INamedTypeSymbol, LegacyType> _byShim;
    private readonly Dictionary<INamedTypeSymbol, List<LegacyType>> _byCanonical;

    private LegacyTypeMap(List<LegacyType> types, HashSet<string> aliasNames)
    {
        _byShim = new Dictionary<INamedTypeSymbol, LegacyType>(SymbolEqualityComparer.Default);
        _byCanonical = new Dictionary<INamedTypeSymbol, List<LegacyType>>(SymbolEqualityComparer.Default);
        foreach (LegacyType type in types)
        {
            _byShim[type.Shim] = type;
            if (type.Canonical is { } canonical)
            {
                if (!_byCanonical.TryGetValue(canonical, out List<LegacyType>? list))
                {
                    _byCanonical[canonical] = list = [];
                }

                list.Add(type);
            }
        }

        Namespaces = new HashSet<string>(types.Select(t => t.Shim.ContainingNamespace.ToDisplayString()));

        // A legacy type is named by its own name, by its name without 'Attribute' in an attribute, or through an alias.
        _names = new HashSet<string>(aliasNames, System.StringComparer.Ordinal);
        _canonicalOrLegacyNames = new HashSet<string>(aliasNames, System.StringComparer.Ordinal);
        foreach (LegacyType type in types)
        {
            _names.Add(type.Shim.Name);
            if (type.Shim.Name.EndsWith("Attribute", System.StringComparison.Ordinal))
            {
                _names.Add(type.Shim.Name.Substring(0, type.Shim.Name.Length - "Attribute".Length));
            }

            _canonicalOrLegacyNames.Add(type.Shim.Name);
            if (type.Canonical is { } canonical)
            {
                _canonicalOrLegacyNames.Add(canonical.Name);
            }
        }
    }

    private readonly HashSet<string> _names;
    private readonly HashSet<string> _canonicalOrLegacyNames;

    /// <summary>Whether a simple name with this text can bind to a legacy type: a cheap test before asking the semantic model.</summary>
    public bool MayName(string identifier) => _names.Contains(identifier);

    /// <summary>Whether a type written with this simple name (its last part) can be a canonical type or a legacy shim.</summary>
    public bool MayNameCanonicalOrLegacy(string identifier) => _canonicalOrLegacyNames.Contains(identifier);

    /// <summary>The namespaces that hold legacy shims.</summary>
    public HashSet<string> Namespaces { get; }

    public IEnumerable<LegacyType> All => _byShim.Values;

    // The analyzers and the suppressor of one compilation share its map.
    private static readonly ConditionalWeakTable<Compilation, StrongBox<LegacyTypeMap?>> Maps = new();

    /// <summary>The map of the compilation, or <see langword="null"/> when it sees no legacy shim; built once per compilation.</summary>
    public static LegacyTypeMap? For(Compilation compilation) =>
        Maps.GetValue(compilation, static c => new StrongBox<LegacyTypeMap?>(Create(c))).Value;

    /// <summary>Builds the map, or returns <see langword="null"/> when the compilation sees no legacy shim.</summary>
    private static LegacyTypeMap? Create(Compilation compilation)
    {
        var types = new List<LegacyType>();
        Read(compilation.Assembly, types);
        foreach (IAssemblySymbol reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            Read(reference, types);
        }

        return types.Count == 0 ? null : new LegacyTypeMap(types, AliasNames(compilation));
    }

    /// <summary>Every using alias name the compilation declares, at the top of a file or of a namespace.</summary>
    private static HashSet<string> AliasNames(Compilation compilation)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            foreach (AliasTarget alias in DeclarationReader.Read(tree, CancellationToken.None).Usings.Aliases)
            {
                names.Add(alias.Name);
            }
        }

        return names;
    }

    public LegacyType? Find(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && _byShim.TryGetValue(named.OriginalDefinition, out LegacyType? legacy) ? legacy : null;

    /// <summary>The legacy type of this simple name that <paramref name="canonical"/> stands for, if there is one.</summary>
    public LegacyType? LegacyNamed(string simpleName, INamedTypeSymbol canonical)
    {
        if (_byCanonical.TryGetValue(canonical.OriginalDefinition, out List<LegacyType>? legacies))
        {
            foreach (LegacyType legacy in legacies)
            {
                if (legacy.Shim.Name == simpleName)
                {
                    return legacy;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the type is a canonical type or a legacy shim: a type that must have one registration.</summary>
    public bool IsCanonicalOrLegacy(ITypeSymbol? type) =>
        type is INamedTypeSymbol named
        && (_byShim.ContainsKey(named.OriginalDefinition) || _byCanonical.ContainsKey(named.OriginalDefinition));

    /// <summary>The canonical type a canonical-or-legacy type stands for.</summary>
    public INamedTypeSymbol? CanonicalOf(ITypeSymbol? type) =>
        type is not INamedTypeSymbol named ? null
        : _byShim.TryGetValue(named.OriginalDefinition, out LegacyType? legacy) ? legacy.Canonical
        : _byCanonical.ContainsKey(named.OriginalDefinition) ? named.OriginalDefinition
        : null;

    private static void Read(IAssemblySymbol assembly, List<LegacyType> types)
    {
        foreach (LegacyMapEntry entry in LegacyMapReader.Read(assembly))
        {
            if (assembly.GetTypeByMetadataName(entry.LegacyMetadataName) is not { } shim)
            {
                continue;
            }

            types.Add(new LegacyType(
                shim,
                assembly.GetTypeByMetadataName(entry.CanonicalMetadataName),
                entry.DiagnosticId,
                entry.IsError,
                ObsoleteMessage(shim)));
        }
    }

    private static string ObsoleteMessage(INamedTypeSymbol shim)
    {
        foreach (AttributeData attribute in shim.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute" } && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string message)
            {
                return message;
            }
        }

        return "'" + shim.ToDisplayString() + "' is a legacy name.";
    }
}
