using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Ssot.CodeFixes.References;

namespace Ssot.CodeFixes.Migrating;

/// <summary>Legacy references that change together or not at all, and the declarations whose signatures they change.</summary>
internal sealed class MigrationGroup
{
    public Dictionary<LegacyLocation, CanonicalType> References { get; } = [];

    /// <summary>Declared members and types whose signature, type or base list the group rewrites: their users elsewhere must still compile.</summary>
    public HashSet<ISymbol> Declarations { get; } = new(SymbolEqualityComparer.Default);

    public void Absorb(MigrationGroup other)
    {
        foreach (KeyValuePair<LegacyLocation, CanonicalType> reference in other.References)
        {
            References[reference.Key] = reference.Value;
        }

        Declarations.UnionWith(other.Declarations);
    }
}
