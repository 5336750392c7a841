using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ssot.CodeFixes;

/// <summary>
/// A canonical type named so that it can be found again in another compilation of the solution: a rewritten document,
/// or the other project of a linked file.
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

    public static CanonicalType Of(INamedTypeSymbol type)
    {
        INamedTypeSymbol definition = type.OriginalDefinition;
        string name = definition.MetadataName;
        for (INamedTypeSymbol? container = definition.ContainingType; container is not null; container = container.ContainingType)
        {
            name = container.MetadataName + "+" + name;
        }

        if (!definition.ContainingNamespace.IsGlobalNamespace)
        {
            name = definition.ContainingNamespace.ToDisplayString() + "." + name;
        }

        return new CanonicalType(definition.ContainingAssembly.Name, name);
    }

    /// <summary>The type in <paramref name="compilation"/>, or <see langword="null"/> where that compilation does not see it.</summary>
    public INamedTypeSymbol? Resolve(Compilation compilation) =>
        compilation.GetTypesByMetadataName(MetadataName).FirstOrDefault(t => t.ContainingAssembly.Name == AssemblyName);

    public bool Is(ITypeSymbol? type) => type is INamedTypeSymbol named && Equals(Of(named));

    public bool Equals(CanonicalType? other) => other is not null && AssemblyName == other.AssemblyName && MetadataName == other.MetadataName;

    public override bool Equals(object? obj) => Equals(obj as CanonicalType);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(AssemblyName) ^ StringComparer.Ordinal.GetHashCode(MetadataName);

    public override string ToString() => MetadataName;
}
