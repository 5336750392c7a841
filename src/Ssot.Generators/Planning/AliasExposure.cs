using System;
using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Planning;

/// <summary>
/// Where the source would see a legacy simple name as something other than the alias: from the declarations of each
/// file, which files could reach the shim by that name (to be searched), which visible signatures an alias would
/// change, and which legacy names this assembly's API still names.
/// </summary>
/// <param name="ShimSearches">
/// Files where the simple name finds the shim before any alias (code in the legacy namespace or one nested in it, or a
/// using of it inside a namespace declaration): a mention there means the name would mean two types.
/// </param>
/// <param name="InAliasedSignatures">Files that import the legacy namespace at their top and name it in a public or protected signature.</param>
/// <param name="InApi">This assembly's legacy names that some public or protected signature names by their simple name.</param>
internal sealed record AliasExposure(EquatableArray<NameSearch> ShimSearches, EquatableArray<NameUse> InAliasedSignatures, EquatableArray<NameUse> InApi)
{
    public static readonly AliasExposure None = new(EquatableArray<NameSearch>.Empty, EquatableArray<NameUse>.Empty, EquatableArray<NameUse>.Empty);

    public static AliasExposure Of(IReadOnlyList<FileDeclarations> files, IReadOnlyList<AliasCandidate> candidates, IReadOnlyList<LegacyClaim> claims)
    {
        if (candidates.Count == 0 && claims.Count == 0)
        {
            return None;
        }

        // Candidates by the namespace of their legacy name (a legacy name in the global namespace has its own rule).
        Dictionary<string, AliasCandidate[]> byNamespace = candidates
            .Where(c => !c.IsGeneric && c.LegacyNamespace.Length > 0)
            .GroupBy(c => c.LegacyNamespace, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var legacyNamespaces = new HashSet<string>(byNamespace.Keys, StringComparer.Ordinal);
        var globalImports = new HashSet<string>(files.SelectMany(f => f.Usings.GlobalImports), StringComparer.Ordinal);
        var claimedNames = claims
            .Select(c => LegacyName.TryParse(c.LegacyMetadataName, out _))
            .OfType<LegacyName>()
            .Select(n => (LegacyMetadataName: n.MetadataName, Simple: n.Name, n.Namespace, LastSegment: n.Namespace.Split('.').Last()))
            .Distinct()
            .ToArray();

        var searches = new List<NameSearch>();
        var inAliased = new List<NameUse>();
        var inApi = new List<NameUse>();
        var searched = new HashSet<(int, string)>();
        var apiNamed = new HashSet<string>(StringComparer.Ordinal);
        // Most files declare nothing in a legacy namespace and name no legacy name in a signature: a set lookup per name
        // tells, before anything is allocated for the file.
        var signatureNamesOfInterest = new HashSet<string>(candidates.Select(c => c.AliasName).Concat(claimedNames.Select(c => c.Simple)), StringComparer.Ordinal);
        // Files share a few namespaces: whether one is or lies in a legacy namespace is worked out once each.
        var inLegacy = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool DeclaresInLegacyNamespace(FileDeclarations file)
        {
            foreach (DeclaredType type in file.Types)
            {
                if (!inLegacy.TryGetValue(type.Namespace, out bool found))
                {
                    inLegacy[type.Namespace] = found = NameText.Enclosing(type.Namespace).Any(byNamespace.ContainsKey);
                }

                if (found)
                {
                    return true;
                }
            }

            return false;
        }

        for (int index = 0; index < files.Count; index++)
        {
            FileDeclarations file = files[index];
            bool searchesFile = byNamespace.Count > 0 && (AnyIn(file.Usings.NamespaceImports, legacyNamespaces) || DeclaresInLegacyNamespace(file));
            bool namesOfInterest = AnyIn(file.SignatureNames, signatureNamesOfInterest);
            if (!searchesFile && !namesOfInterest)
            {
                continue;
            }

            foreach (string ns in file.Types.SelectMany(t => NameText.Enclosing(t.Namespace)).Concat(file.Usings.NamespaceImports).Distinct(StringComparer.Ordinal))
            {
                foreach (AliasCandidate candidate in CandidatesIn(byNamespace, ns))
                {
                    if (searched.Add((index, candidate.LegacyMetadataName)))
                    {
                        searches.Add(new NameSearch(index, candidate.LegacyMetadataName, candidate.AliasName));
                    }
                }
            }

            if (namesOfInterest)
            {
                foreach (string ns in file.Usings.TopImports.Concat(globalImports).Distinct(StringComparer.Ordinal))
                {
                    inAliased.AddRange(CandidatesIn(byNamespace, ns)
                        .Where(c => file.SignatureNames.Contains(c.AliasName))
                        .Select(c => new NameUse(c.LegacyMetadataName, file.FileName)));
                }

                // A signature can name the legacy type where its namespace is reached: the file is in it, imports it, or
                // names part of it (a qualified name). Elsewhere the simple name is some other type, the canonical one
                // of a namespace move for one.
                var reached = new HashSet<string>(
                    file.Types.SelectMany(t => NameText.Enclosing(t.Namespace)).Concat(file.Usings.TopImports).Concat(file.Usings.NamespaceImports).Concat(globalImports),
                    StringComparer.Ordinal);
                inApi.AddRange(claimedNames
                    .Where(c => !apiNamed.Contains(c.LegacyMetadataName) && file.SignatureNames.Contains(c.Simple)
                        && (c.Namespace.Length == 0 || reached.Contains(c.Namespace) || file.SignatureNames.Contains(c.LastSegment)))
                    .Select(c =>
                    {
                        apiNamed.Add(c.LegacyMetadataName);
                        return new NameUse(c.LegacyMetadataName, file.FileName);
                    })
                    .ToList());
            }
        }

        return new AliasExposure(searches.ToEquatableArray(), inAliased.ToEquatableArray(), inApi.ToEquatableArray());
    }

    // Loops, not LINQ: these run for every file of the compilation.
    private static bool AnyIn(EquatableArray<string> names, HashSet<string> set)
    {
        foreach (string name in names)
        {
            if (set.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<AliasCandidate> CandidatesIn(Dictionary<string, AliasCandidate[]> byNamespace, string ns) =>
        byNamespace.TryGetValue(ns, out AliasCandidate[]? found) ? found : [];
}
