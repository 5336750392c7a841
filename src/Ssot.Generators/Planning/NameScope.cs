using System;
using System.Collections.Generic;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>
/// The questions the alias and shim rules ask about names in scope, answered from what the source declares (read from
/// syntax) and what the referenced assemblies answered to the rules' <see cref="ReferenceQuery"/>. Equal to another
/// scope read from equal facts, so the pipeline builds its lookups once for both rules and reruns them only when a
/// fact changed.
/// </summary>
internal sealed class NameScope : IEquatable<NameScope>
{
    private readonly SourceDeclarations _source;
    private readonly ReferenceFacts _references;
    private readonly HashSet<string> _globalTypeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _topLevelTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handWrittenTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namespaces;
    private readonly HashSet<string> _referenceNamespaces;
    private readonly HashSet<string> _referenceTypes;
    private readonly HashSet<string> _referenceGlobalNames;
    private readonly HashSet<string> _referenceVisibleTypes;

    public NameScope(SourceDeclarations source, ReferenceFacts references)
    {
        _source = source;
        _references = references;
        UsingAliases = new HashSet<string>(source.UsingAliases, StringComparer.Ordinal);
        ImportedNamespaces = source.ImportedNamespaces;
        _namespaces = new HashSet<string>(source.Namespaces, StringComparer.Ordinal);
        foreach (DeclaredType type in source.Types)
        {
            _handWrittenTypes.Add(type.MetadataName);

            if (type.Arity == 0)
            {
                _topLevelTypes.Add(type.MetadataName);
                if (type.Namespace.Length == 0)
                {
                    _globalTypeNames.Add(type.Name);
                }
            }
        }

        _referenceNamespaces = new HashSet<string>(references.Namespaces, StringComparer.Ordinal);
        _referenceTypes = new HashSet<string>(references.Types, StringComparer.Ordinal);
        _referenceGlobalNames = new HashSet<string>(references.GlobalNames, StringComparer.Ordinal);
        _referenceVisibleTypes = new HashSet<string>(references.VisibleTypes, StringComparer.Ordinal);
    }

    /// <summary>The alias names declared at the top of any file.</summary>
    public HashSet<string> UsingAliases { get; }

    /// <summary>The namespaces imported at the top of any file, in the order files first import them.</summary>
    public IReadOnlyList<string> ImportedNamespaces { get; }

    /// <summary>Whether the global namespace has a namespace, or a non-generic type, of that name.</summary>
    public bool HasGlobalMember(string name) =>
        _globalTypeNames.Contains(name) || _namespaces.Contains(name) || _referenceGlobalNames.Contains(name);

    /// <summary>Whether the namespace holds a non-generic type of that name that the project can see.</summary>
    public bool HasVisibleType(string ns, string name) =>
        _topLevelTypes.Contains(ns + "." + name) || _referenceVisibleTypes.Contains(ns + "." + name);

    /// <summary>Whether a namespace of that full name exists, in source or in a reference.</summary>
    public bool IsNamespace(string name) => _namespaces.Contains(name) || _referenceNamespaces.Contains(name);

    /// <summary>Whether a type of that metadata name exists outside this generator's output, in source or in a reference.</summary>
    public bool HasType(string metadataName) => _handWrittenTypes.Contains(metadataName) || _referenceTypes.Contains(metadataName);

    /// <summary>
    /// Whether source (not a reference, not this generator's output) declares the type. Nested types are not read:
    /// for a nested legacy name, a hand-written type of that name is a member of its containing type, and the reader
    /// rejects that claim before it reaches the shim plan.
    /// </summary>
    public bool IsDeclaredByHand(string metadataName) => _handWrittenTypes.Contains(metadataName);

    public bool Equals(NameScope? other) => other is not null && (ReferenceEquals(this, other) || (_source.Equals(other._source) && _references.Equals(other._references)));

    public override bool Equals(object? obj) => Equals(obj as NameScope);

    public override int GetHashCode() => unchecked((_source.GetHashCode() * 31) + _references.GetHashCode());
}
