using System;
using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>Decides which global aliases are emitted, and why the others are not.</summary>
internal static class AliasPlanner
{
    /// <param name="candidates">The aliases the canonical types of this compilation and of its references ask for.</param>
    /// <param name="shims">The shim plan: the names its shims take at the global level hold no alias.</param>
    /// <param name="scope">What the source and the references declare and import.</param>
    /// <param name="facts">The compilation's C# version and kind.</param>
    /// <param name="uses">Where the source uses the legacy simple names in ways an alias would change.</param>
    public static AliasPlan Plan(IReadOnlyList<AliasCandidate> candidates, ShimPlan shims, NameScope scope, CompilationFacts facts, NameUses uses)
    {
        if (candidates.Count == 0)
        {
            return AliasPlan.Empty;
        }

        // A generic canonical type never gets an alias, nor does a refused claim, so neither competes for one.
        var refused = new HashSet<(string, string)>(shims.Skipped.Select(s => (s.LegacyMetadataName, s.CanonicalMetadataName)));
        var claimantsByName = candidates
            .Where(c => !c.IsGeneric && !refused.Contains((c.LegacyMetadataName, c.CanonicalMetadataName)))
            .GroupBy(c => c.AliasName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.CanonicalMetadataName).Distinct().Count(), StringComparer.Ordinal);
        var takenByGlobalShim = new HashSet<string>(ShimPlanner.GlobalRoots(shims), StringComparer.Ordinal);
        // An application's public signatures are compiled against by no one: only a library's must keep their meaning.
        var context = new Context(scope, takenByGlobalShim, First(uses.ReachingShim), facts.IsLibrary ? First(uses.InAliasedSignatures) : []);

        var aliases = new List<AliasCandidate>();
        var emittedNames = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<AliasSkip>();
        foreach (AliasCandidate candidate in candidates)
        {
            // A name whose claim is refused gets no output at all (a usage error skips its type's output).
            AliasSkip? skip = refused.Contains((candidate.LegacyMetadataName, candidate.CanonicalMetadataName))
                ? new AliasSkip(candidate, AliasSkipReason.ClaimRefused, string.Empty)
                : Decide(candidate, facts.LanguageVersion, context, claimantsByName.TryGetValue(candidate.AliasName, out int claimants) ? claimants : 0);
            if (skip is not null)
            {
                skipped.Add(skip);
            }
            else if (emittedNames.Add(candidate.AliasName))
            {
                // Two legacy names of one type can share a simple name: one alias serves both.
                aliases.Add(candidate);
            }
        }

        return new AliasPlan(aliases.ToEquatableArray(), skipped.ToEquatableArray());
    }

    /// <summary>
    /// The usings at the top of every file matter: a global alias lives in that scope, so it would clash with an alias of
    /// its name (CS1537) and silently win over an imported type of its name. And one name must mean one type: where code
    /// finds the shim by the simple name before any alias, or where a public signature would change meaning, no alias.
    /// </summary>
    private static AliasSkip? Decide(AliasCandidate candidate, int languageVersion, Context context, int claimants)
    {
        if (languageVersion < CompilationFacts.GlobalUsingsVersion)
        {
            return new AliasSkip(candidate, AliasSkipReason.LanguageVersion, string.Empty);
        }

        if (candidate.IsGeneric)
        {
            return new AliasSkip(candidate, AliasSkipReason.Generic, string.Empty);
        }

        if (Identifier.IsContextualKeyword(candidate.AliasName))
        {
            return new AliasSkip(candidate, AliasSkipReason.ContextualKeyword, string.Empty);
        }

        if (claimants > 1)
        {
            return new AliasSkip(candidate, AliasSkipReason.Duplicate, "two canonical types want this alias");
        }

        NameScope scope = context.Scope;
        if (scope.UsingAliases.Contains(candidate.AliasName))
        {
            return new AliasSkip(candidate, AliasSkipReason.Duplicate, "a file already declares a using alias of that name at its top");
        }

        if (context.TakenByGlobalShim.Contains(candidate.AliasName) || scope.HasGlobalMember(candidate.AliasName))
        {
            return new AliasSkip(candidate, AliasSkipReason.GlobalNamespaceClash, string.Empty);
        }

        string legacyNamespace = candidate.LegacyNamespace;
        foreach (string imported in scope.ImportedNamespaces)
        {
            // The legacy namespace itself is expected to hold the legacy type: the alias is what replaces it.
            if (imported != legacyNamespace && scope.HasVisibleType(imported, candidate.AliasName))
            {
                return new AliasSkip(candidate, AliasSkipReason.ImportedType, imported + "." + candidate.AliasName);
            }
        }

        if (context.ReachingShim.TryGetValue(candidate.LegacyMetadataName, out string? reachingFile))
        {
            return new AliasSkip(candidate, AliasSkipReason.NameWouldMeanTwoTypes, reachingFile);
        }

        if (context.InAliasedSignatures.TryGetValue(candidate.LegacyMetadataName, out string? signatureFile))
        {
            return new AliasSkip(candidate, AliasSkipReason.PublicSignature, signatureFile);
        }

        if (candidate.LibraryApiNamesLegacy)
        {
            return new AliasSkip(candidate, AliasSkipReason.LibraryApiNamesLegacy, string.Empty);
        }

        return null;
    }

    /// <summary>The first file each legacy name is used in.</summary>
    private static Dictionary<string, string> First(IEnumerable<NameUse> uses)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (NameUse use in uses)
        {
            if (!first.ContainsKey(use.LegacyMetadataName))
            {
                first.Add(use.LegacyMetadataName, use.File);
            }
        }

        return first;
    }

    private sealed record Context(NameScope Scope, HashSet<string> TakenByGlobalShim, Dictionary<string, string> ReachingShim, Dictionary<string, string> InAliasedSignatures);
}
