using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>
/// The shim rules that need every claim at once: a legacy name claimed twice, a legacy name some hand-written type
/// still declares, a shim that would be both a namespace and a type, and hint names that must differ even on
/// case-insensitive file systems.
/// </summary>
internal static class ShimPlanner
{
    /// <param name="namedInApi">The legacy names this assembly's public or protected signatures name.</param>
    public static ShimPlan Plan(IReadOnlyList<LegacyClaim> claims, NameScope scope, IReadOnlyList<NameUse>? namedInApi = null)
    {
        if (claims.Count == 0)
        {
            return ShimPlan.Empty;
        }

        var shims = new List<PlannedShim>();
        var skipped = new List<ClaimSkip>();
        var usedHints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inApi = new HashSet<string>((namedInApi ?? []).Select(u => u.LegacyMetadataName), StringComparer.Ordinal);
        Dictionary<string, string> collisions = Collisions(claims.Where(c => c.EmitsShim).Select(c => c.LegacyMetadataName), scope);
        foreach (IGrouping<string, LegacyClaim> group in claims
            .GroupBy(c => c.LegacyMetadataName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            List<LegacyClaim> claimants = group.ToList();
            if (claimants.Select(c => c.CanonicalMetadataName).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                foreach (LegacyClaim claimant in claimants)
                {
                    string other = claimants.First(c => c.CanonicalMetadataName != claimant.CanonicalMetadataName).CanonicalMetadataName;
                    skipped.Add(new ClaimSkip(group.Key, claimant.CanonicalMetadataName, ClaimSkipReason.ClaimedTwice, other));
                }

                continue;
            }

            LegacyClaim claim = claimants[0];
            if (collisions.TryGetValue(group.Key, out string? collision))
            {
                skipped.Add(new ClaimSkip(group.Key, claim.CanonicalMetadataName, ClaimSkipReason.Collision, collision));
                continue;
            }

            if (scope.IsDeclaredByHand(group.Key))
            {
                skipped.Add(new ClaimSkip(group.Key, claim.CanonicalMetadataName, ClaimSkipReason.DeclaredByHand, string.Empty));
                continue;
            }

            if (!claim.EmitsShim)
            {
                continue;
            }

            string baseHint = "Ssot.Shim." + Sanitize(group.Key);
            string hint = baseHint;
            for (int i = 2; !usedHints.Add(hint); i++)
            {
                hint = baseHint + "_" + i.ToString(CultureInfo.InvariantCulture);
            }

            shims.Add(new PlannedShim(group.Key, hint + ".g.cs", inApi.Contains(group.Key)));
        }

        return new ShimPlan(shims.ToEquatableArray(), skipped.ToEquatableArray());
    }

    /// <summary>The planned shims of one type's legacy names, in the order of its legacy names.</summary>
    public static ShimRequest RequestOf(CanonicalTypeModel model, ShimPlan plan)
    {
        var shims = new List<PlannedShim>(model.LegacyTypes.Count);
        foreach (LegacyTypeModel legacy in model.LegacyTypes)
        {
            if (plan.Shims.FirstOrDefault(s => s.LegacyMetadataName == legacy.MetadataName) is { } shim)
            {
                shims.Add(shim);
            }
        }

        return new ShimRequest(model, shims.ToEquatableArray());
    }

    /// <summary>
    /// The names the planned shims take at the global level: a name whose shim is not generated holds nothing. (A
    /// generic shim takes none: an alias and a generic type of one name coexist.)
    /// </summary>
    public static IEnumerable<string> GlobalRoots(ShimPlan plan) =>
        plan.Shims.Select(s => LegacyName.TryParse(s.LegacyMetadataName, out _)?.GlobalRoot).OfType<string>();

    /// <summary>
    /// The legacy names whose shim cannot be declared, with the reason: C# cannot have one name be both a namespace and
    /// a type, whether the other is the user's or another shim's (its namespace, the class it nests in, or itself).
    /// </summary>
    private static Dictionary<string, string> Collisions(IEnumerable<string> legacyNames, NameScope scope)
    {
        LegacyNamePaths paths = LegacyNamePaths.Of(legacyNames);
        var collisions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<string>> type in paths.Types)
        {
            if (paths.Namespaces.TryGetValue(type.Key, out List<string>? users))
            {
                foreach (string legacy in type.Value.Concat(users))
                {
                    collisions[legacy] = "'" + type.Key + "' would be both a namespace and a type of the generated shims";
                }
            }
            else if (paths.Shims.TryGetValue(type.Key, out List<string>? shim) && paths.Holders.TryGetValue(type.Key, out List<string>? nested))
            {
                foreach (string legacy in shim.Concat(nested))
                {
                    collisions[legacy] = "'" + type.Key + "' would be both a shim and the class another shim is nested in";
                }
            }
            else if (scope.IsNamespace(type.Key))
            {
                foreach (string legacy in type.Value)
                {
                    collisions[legacy] = "'" + type.Key + "' is a namespace";
                }
            }
        }

        foreach (KeyValuePair<string, List<string>> ns in paths.Namespaces)
        {
            if (!paths.Types.ContainsKey(ns.Key) && scope.HasType(ns.Key))
            {
                foreach (string legacy in ns.Value)
                {
                    collisions[legacy] = "'" + ns.Key + "' is a type, so it cannot be the namespace of a shim";
                }
            }
        }

        return collisions;
    }

    private static string Sanitize(string metadataName)
    {
        var text = new StringBuilder(metadataName.Length);
        foreach (char c in metadataName)
        {
            text.Append(c switch
            {
                '+' => '.',
                '`' => '_',
                _ when char.IsLetterOrDigit(c) || c is '.' or '_' => c,
                _ => '_',
            });
        }

        return text.ToString();
    }
}
