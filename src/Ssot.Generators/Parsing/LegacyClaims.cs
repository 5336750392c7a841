using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>
/// The rules that need every canonical type at once: a legacy name claimed twice, a legacy name some
/// hand-written type still declares, and hint names that must differ even on case-insensitive file systems.
/// </summary>
internal static class LegacyClaims
{
    /// <summary>The claims that get a shim, each with its file's hint name.</summary>
    public static List<ShimHint> PlanShims(IReadOnlyList<LegacyClaim> claims, Compilation compilation)
    {
        var plan = new List<ShimHint>();
        var usedHints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (IGrouping<string, LegacyClaim> group in claims
            .GroupBy(c => c.LegacyMetadataName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (group.Select(c => c.CanonicalMetadataName).Distinct(StringComparer.Ordinal).Count() > 1
                || !group.First().EmitsShim
                || IsDeclaredByHand(group.Key, compilation))
            {
                continue;
            }

            string baseHint = "Ssot.Shim." + Sanitize(group.Key);
            string hint = baseHint;
            for (int i = 2; !usedHints.Add(hint); i++)
            {
                hint = baseHint + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            plan.Add(new ShimHint(group.Key, hint + ".g.cs"));
        }

        return plan;
    }

    /// <summary>Whether source in the compilation (not a reference, not generated output) declares the legacy name.</summary>
    public static bool IsDeclaredByHand(string legacyMetadataName, Compilation compilation) =>
        compilation.Assembly.GetTypeByMetadataName(legacyMetadataName) is not null;

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
