using System.Collections.Generic;
using System.Globalization;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>
/// The dotted paths the shims of a set of legacy names take: the namespaces they declare, the types (shims and the
/// classes they nest in), and which legacy names take each.
/// </summary>
internal sealed class LegacyNamePaths
{
    private LegacyNamePaths()
    {
    }

    /// <summary>Each namespace a shim is declared in (and every enclosing one), with the legacy names that need it.</summary>
    public Dictionary<string, List<string>> Namespaces { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Each type a shim declares (itself, with <c>`N</c> when generic, and the classes it nests in).</summary>
    public Dictionary<string, List<string>> Types { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The classes shims nest in.</summary>
    public Dictionary<string, List<string>> Holders { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The non-generic shims themselves.</summary>
    public Dictionary<string, List<string>> Shims { get; } = new(System.StringComparer.Ordinal);

    public static LegacyNamePaths Of(IEnumerable<string> legacyNames)
    {
        var paths = new LegacyNamePaths();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (string metadataName in legacyNames)
        {
            if (!seen.Add(metadataName) || LegacyName.TryParse(metadataName, out _) is not { } name)
            {
                continue;
            }

            string path = string.Empty;
            foreach (string segment in name.Namespace.Length == 0 ? [] : name.Namespace.Split('.'))
            {
                path = path.Length == 0 ? segment : path + "." + segment;
                Add(paths.Namespaces, path, metadataName);
            }

            foreach (string outer in name.ContainingTypes)
            {
                path = path.Length == 0 ? outer : path + "." + outer;
                Add(paths.Types, path, metadataName);
                Add(paths.Holders, path, metadataName);
            }

            path = path.Length == 0 ? name.Name : path + "." + name.Name;

            // A generic type shares its name with no namespace or non-generic type: its arity sets it apart.
            if (name.Arity == 0)
            {
                Add(paths.Types, path, metadataName);
                Add(paths.Shims, path, metadataName);
            }
            else
            {
                Add(paths.Types, path + "`" + name.Arity.ToString(CultureInfo.InvariantCulture), metadataName);
            }
        }

        return paths;
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
}
