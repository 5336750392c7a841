using System;
using System.Collections.Generic;
using System.Linq;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// The namespaces and types the legacy names of a case create so far, to keep one legacy name from clashing with
/// another: a namespace where another shim or generated outer class is, or generated outer classes of one name
/// with different accessibility. (Used while <see cref="KnownDefects.AvoidLegacyNamesClashingWithEachOther"/> is set.)
/// </summary>
internal sealed class LegacyLayout
{
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _outers = new(StringComparer.Ordinal);

    public bool Clashes(LegacyNameSpec legacy, bool isPublic, HashSet<string> declaredTypes)
    {
        string path = CaseAssembler.Path(legacy);
        IEnumerable<string> namespaces = Enumerable.Range(1, legacy.Namespace.Length).Select(i => string.Join(".", legacy.Namespace.Take(i).Select(n => n.Value)));
        return namespaces.Any(n => _types.Contains(n) || _outers.ContainsKey(n))
            || CaseAssembler.OuterPaths(legacy).Any(o => _namespaces.Contains(o) || _types.Contains(o)
                || (!declaredTypes.Contains(o) && _outers.TryGetValue(o, out bool outerIsPublic) && outerIsPublic != isPublic))
            || _namespaces.Contains(path)
            || _outers.ContainsKey(path);
    }

    public void Add(LegacyNameSpec legacy, bool isPublic, HashSet<string> declaredTypes)
    {
        for (int i = 1; i <= legacy.Namespace.Length; i++)
        {
            _namespaces.Add(string.Join(".", legacy.Namespace.Take(i).Select(n => n.Value)));
        }

        foreach (string outer in CaseAssembler.OuterPaths(legacy).Where(o => !declaredTypes.Contains(o)))
        {
            _outers.TryAdd(outer, isPublic);
        }

        _types.Add(CaseAssembler.Path(legacy));
    }
}
