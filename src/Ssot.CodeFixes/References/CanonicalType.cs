using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ssot.CodeFixes.References;

/// <summary>
/// A canonical type named so that it can be found again in another compilation of the solution: a rewritten document,
/// or the other project of a linked file. Two are the same when their full metadata names are: a linked file may be
/// compiled with a copy of the canonical type in each project, and a name that two visible assemblies both declare
/// binds to neither (the check of every written name catches that).
/// </summary>
internal sealed class CanonicalType : IEquatable<CanonicalType>
{
    private CanonicalType(string assemblyName, string metadataName)
    {
        AssemblyName = assemblyName;
        MetadataName = metadataName;
    }

    public string AssemblyName { get; }

    public string MetadataName { get; }

    public static CanonicalType Of(INamedTypeSymbol type) => new(type.OriginalDefinition.ContainingAssembly.Name, FullMetadataName.Of(type));

    /// <summary>The type in <paramref name="compilation"/> (from the same assembly where it can), or <see langword="null"/> where that compilation does not see it.</summary>
    public INamedTypeSymbol? Resolve(Compilation compilation)
    {
        var types = compilation.GetTypesByMetadataName(MetadataName);
        return types.FirstOrDefault(t => t.ContainingAssembly.Name == AssemblyName) ?? types.FirstOrDefault();
    }

    public bool Is(ITypeSymbol? type) => type is INamedTypeSymbol named && Equals(Of(named));

    public bool Equals(CanonicalType? other) => other is not null && MetadataName == other.MetadataName;

    public override bool Equals(object? obj) => Equals(obj as CanonicalType);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(MetadataName);

    public override string ToString() => MetadataName;
}
