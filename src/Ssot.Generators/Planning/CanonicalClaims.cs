using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>What one canonical type asks of the rules that see every type at once: its legacy names and its aliases.</summary>
internal static class CanonicalClaims
{
    public static IEnumerable<LegacyClaim> LegacyClaimsOf(CanonicalTypeModel model) =>
        model.LegacyTypes.Select(l => new LegacyClaim(l.MetadataName, model.Type.MetadataName, model.Shape != ShimShape.None));

    /// <summary>The aliases a type asks for: one per top-level legacy name (a nested name has no simple name of its own to alias).</summary>
    public static IEnumerable<AliasCandidate> AliasCandidatesOf(CanonicalTypeModel model) =>
        model.Alias
            ? model.LegacyTypes.Where(l => l.ContainingTypes.IsEmpty).Select(l => AliasCandidateOf(model, l))
            : [];

    private static AliasCandidate AliasCandidateOf(CanonicalTypeModel model, LegacyTypeModel legacy) =>
        new(legacy.Name.TrimStart('@'), model.Type.FullyQualified, model.Type.MetadataName, legacy.MetadataName, !model.TypeParameters.IsEmpty);
}
