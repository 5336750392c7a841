using System;
using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>Which facts about the referenced assemblies the shim and alias rules will ask for, given the claims, candidates and imports.</summary>
internal static class ReferenceQueries
{
    public static ReferenceQuery For(IReadOnlyList<LegacyClaim> claims, IReadOnlyList<AliasCandidate> candidates, SourceDeclarations declarations)
    {
        // Shim collisions: is a type path a namespace, is a namespace path a type.
        LegacyNamePaths paths = LegacyNamePaths.Of(claims.Where(c => c.EmitsShim).Select(c => c.LegacyMetadataName));

        // Alias clashes: a global namespace member of the alias's name, an imported type of its name.
        string[] aliasNames = candidates.Where(c => !c.IsGeneric).Select(c => c.AliasName).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        return new ReferenceQuery(
            paths.Types.Keys.OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray(),
            paths.Namespaces.Keys.Where(k => !paths.Types.ContainsKey(k)).OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray(),
            aliasNames.ToEquatableArray(),
            declarations.ImportedNamespaces.SelectMany(ns => aliasNames.Select(name => ns + "." + name)).ToEquatableArray());
    }
}
