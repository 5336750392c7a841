using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>Decides which global aliases can be emitted, and why the others cannot.</summary>
internal static class AliasRules
{
    /// <param name="shimRoots">
    /// The global-level names the generator's shims take (the first segment of each shim's namespace, or the shim's
    /// own name in the global namespace). The analyzer, which sees the shims in its compilation, passes none.
    /// </param>
    public static List<AliasDecision> Decide(
        IReadOnlyList<AliasCandidate> candidates,
        int languageVersion,
        DeclarationIndex declarations,
        CancellationToken cancellationToken,
        IEnumerable<string>? shimRoots = null)
    {
        var decisions = new List<AliasDecision>(candidates.Count);
        if (candidates.Count == 0)
        {
            return decisions;
        }

        // A generic canonical type never gets an alias, so it does not compete for one.
        var countByName = candidates
            .Where(c => !c.IsGeneric)
            .GroupBy(c => c.AliasName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.CanonicalMetadataName).Distinct().Count(), StringComparer.Ordinal);

        var takenByGlobalShim = new HashSet<string>(shimRoots ?? [], StringComparer.Ordinal);

        foreach (AliasCandidate candidate in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            decisions.Add(Decide(candidate, languageVersion, declarations, countByName.TryGetValue(candidate.AliasName, out int claimants) ? claimants : 0, takenByGlobalShim));
        }

        return decisions;
    }

    /// <summary>
    /// Reads the usings at the top of every file (a global alias lives in that scope, so it would clash with an alias
    /// of its name, CS1537, and silently win over a type of its name) and the names declared in source and references.
    /// </summary>
    private static AliasDecision Decide(AliasCandidate candidate, int languageVersion, DeclarationIndex declarations, int claimants, HashSet<string> takenByGlobalShim)
    {
        if (languageVersion < 1000)
        {
            return new AliasDecision(candidate, AliasSkip.LanguageVersion, string.Empty);
        }

        if (candidate.IsGeneric)
        {
            return new AliasDecision(candidate, AliasSkip.Generic, string.Empty);
        }

        if (claimants > 1)
        {
            return new AliasDecision(candidate, AliasSkip.Duplicate, "two canonical types want this alias");
        }

        if (declarations.UsingAliases.Contains(candidate.AliasName))
        {
            return new AliasDecision(candidate, AliasSkip.Duplicate, "a file already declares a using alias of that name at its top");
        }

        string legacyNamespace = LegacyNamespaceOf(candidate);
        if (takenByGlobalShim.Contains(candidate.AliasName) || declarations.HasGlobalMember(candidate.AliasName))
        {
            return new AliasDecision(candidate, AliasSkip.GlobalNamespaceClash, string.Empty);
        }

        foreach (string imported in declarations.ImportedNamespaces)
        {
            // The legacy namespace itself is expected to hold the legacy type: the alias is what replaces it.
            if (imported != legacyNamespace && declarations.HasVisibleType(imported, candidate.AliasName))
            {
                return new AliasDecision(candidate, AliasSkip.ImportedType, imported + "." + candidate.AliasName);
            }
        }

        return new AliasDecision(candidate, AliasSkip.None, string.Empty);
    }

    private static string LegacyNamespaceOf(AliasCandidate candidate) =>
        LegacyName.TryParse(candidate.LegacyMetadataName, out _)?.Namespace ?? string.Empty;
}
