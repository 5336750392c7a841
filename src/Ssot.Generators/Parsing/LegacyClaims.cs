using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>
/// The rules that need every canonical type at once: a legacy name claimed twice, a legacy name some
/// hand-written type still declares, and hint names that must differ even on case-insensitive file systems.
/// </summary>
internal static class LegacyClaims
{
    /// <summary>The claims that get a shim, each with its file's hint name.</summary>
    public static List<ShimHint> PlanShims(IReadOnlyList<LegacyClaim> claims, DeclarationIndex declarations)
    {
        var plan = new List<ShimHint>();
        var usedHints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, string> collisions = Collisions(claims.Where(c => c.EmitsShim).Select(c => c.LegacyMetadataName).ToList(), declarations);
        foreach (IGrouping<string, LegacyClaim> group in claims
            .GroupBy(c => c.LegacyMetadataName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (group.Select(c => c.CanonicalMetadataName).Distinct(StringComparer.Ordinal).Count() > 1
                || !group.First().EmitsShim
                || collisions.ContainsKey(group.Key)
                || declarations.IsDeclaredByHand(group.Key))
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

    /// <summary>
    /// The legacy names whose shim cannot be declared, with the reason: C# cannot have one name be both a namespace and
    /// a type, whether the other is the user's or another shim's (its namespace, the class it nests in, or itself).
    /// </summary>
    public static Dictionary<string, string> Collisions(IReadOnlyList<string> legacyNames, DeclarationIndex declarations)
    {
        var namespaces = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var types = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var holders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var shims = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string metadataName in legacyNames.Distinct(StringComparer.Ordinal))
        {
            if (LegacyName.TryParse(metadataName, out _) is not { } name)
            {
                continue;
            }

            string path = string.Empty;
            foreach (string segment in name.Namespace.Length == 0 ? [] : name.Namespace.Split('.'))
            {
                path = path.Length == 0 ? segment : path + "." + segment;
                Add(namespaces, path, metadataName);
            }

            foreach (string outer in name.ContainingTypes)
            {
                path = path.Length == 0 ? outer : path + "." + outer;
                Add(types, path, metadataName);
                Add(holders, path, metadataName);
            }

            path = path.Length == 0 ? name.Name : path + "." + name.Name;

            // A generic type shares its name with no namespace or non-generic type: its arity sets it apart.
            if (name.Arity == 0)
            {
                Add(types, path, metadataName);
                Add(shims, path, metadataName);
            }
            else
            {
                Add(types, path + "`" + name.Arity.ToString(System.Globalization.CultureInfo.InvariantCulture), metadataName);
            }
        }

        var collisions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<string>> type in types)
        {
            if (namespaces.TryGetValue(type.Key, out List<string>? users))
            {
                foreach (string legacy in type.Value.Concat(users))
                {
                    collisions[legacy] = "'" + type.Key + "' would be both a namespace and a type of the generated shims";
                }
            }
            else if (shims.TryGetValue(type.Key, out List<string>? shim) && holders.TryGetValue(type.Key, out List<string>? nested))
            {
                foreach (string legacy in shim.Concat(nested))
                {
                    collisions[legacy] = "'" + type.Key + "' would be both a shim and the class another shim is nested in";
                }
            }
            else if (declarations.IsNamespace(type.Key))
            {
                foreach (string legacy in type.Value)
                {
                    collisions[legacy] = "'" + type.Key + "' is a namespace";
                }
            }
        }

        foreach (KeyValuePair<string, List<string>> ns in namespaces)
        {
            if (!types.ContainsKey(ns.Key) && declarations.HasType(ns.Key))
            {
                foreach (string legacy in ns.Value)
                {
                    collisions[legacy] = "'" + ns.Key + "' is a type, so it cannot be the namespace of a shim";
                }
            }
        }

        return collisions;
    }

    private static void Add(Dictionary<string, List<string>> paths, string path, string legacy)
    {
        if (!paths.TryGetValue(path, out List<string>? list))
        {
            paths[path] = list = [];
        }

        if (!list.Contains(legacy))
        {
            list.Add(legacy);
        }
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
