using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>
/// The questions the alias and shim rules ask about names in scope, answered from the source's declarations (read from
/// syntax) and the referenced assemblies. Neither part needs the compilation being edited, so the generator asks only
/// when a declaration, a <c>using</c> or a reference changed.
/// </summary>
internal sealed class DeclarationIndex
{
    private readonly Compilation _references;
    private readonly HashSet<string> _globalTypeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _topLevelTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handWrittenTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namespaces;

    /// <param name="source">What the source declares and imports.</param>
    /// <param name="references">
    /// A compilation with the references to answer from; its syntax trees are ignored (they may be those of an earlier
    /// edit).
    /// </param>
    public DeclarationIndex(SourceDeclarations source, Compilation references)
    {
        // Without source trees the merged namespaces hold the referenced assemblies' members only.
        _references = references.SyntaxTrees.Any() ? references.RemoveAllSyntaxTrees() : references;
        UsingAliases = new HashSet<string>(source.UsingAliases, StringComparer.Ordinal);
        ImportedNamespaces = source.ImportedNamespaces;
        _namespaces = new HashSet<string>(source.Namespaces, StringComparer.Ordinal);
        foreach (DeclaredType type in source.Types)
        {
            if (type.IsHandWritten)
            {
                _handWrittenTypes.Add(type.MetadataName);
            }

            if (type.Arity == 0)
            {
                _topLevelTypes.Add(type.MetadataName);
                if (type.Namespace.Length == 0)
                {
                    _globalTypeNames.Add(type.Name);
                }
            }
        }
    }

    /// <summary>The alias names declared at the top of any file.</summary>
    public HashSet<string> UsingAliases { get; }

    /// <summary>The namespaces imported at the top of any file, in the order files first import them.</summary>
    public IReadOnlyList<string> ImportedNamespaces { get; }

    /// <summary>The index of a compilation as it is, for the analyzer: its own trees and its own references.</summary>
    public static DeclarationIndex Of(Compilation compilation, CancellationToken cancellationToken) =>
        new(DeclarationReader.Merge(DeclarationReader.ReadAll(compilation.SyntaxTrees, cancellationToken)), compilation);

    /// <summary>Whether the global namespace has a namespace, or a non-generic type, of that name.</summary>
    public bool HasGlobalMember(string name) =>
        _globalTypeNames.Contains(name)
        || _namespaces.Contains(name)
        || _references.GlobalNamespace.GetMembers(name).Any(m => m is INamespaceSymbol or INamedTypeSymbol { Arity: 0 });

    /// <summary>Whether the namespace holds a non-generic type of that name that the project can see.</summary>
    public bool HasVisibleType(string ns, string name) =>
        _topLevelTypes.Contains(ns + "." + name)
        || FindNamespace(ns) is { } symbol && symbol.GetTypeMembers(name, 0).Any(t => t.DeclaredAccessibility == Accessibility.Public);

    /// <summary>Whether a namespace of that full name exists, in source or in a reference.</summary>
    public bool IsNamespace(string name) => _namespaces.Contains(name) || FindNamespace(name) is not null;

    /// <summary>Whether a type of that metadata name exists outside this generator's output, in source or in a reference.</summary>
    public bool HasType(string metadataName) =>
        _handWrittenTypes.Contains(metadataName) || _references.GetTypesByMetadataName(metadataName).Any();

    /// <summary>
    /// Whether source (not a reference, not this generator's output) declares the type. Nested types are not read:
    /// for a nested legacy name, a hand-written type of that name is a member of its containing type, and
    /// <see cref="CanonicalParser"/> rejects that claim before it reaches the shim plan.
    /// </summary>
    public bool IsDeclaredByHand(string metadataName) => _handWrittenTypes.Contains(metadataName);

    private INamespaceSymbol? FindNamespace(string name)
    {
        INamespaceSymbol? current = _references.GlobalNamespace;
        foreach (string segment in name.Split('.'))
        {
            current = current?.GetMembers(segment).OfType<INamespaceSymbol>().FirstOrDefault();
        }

        return current;
    }
}
