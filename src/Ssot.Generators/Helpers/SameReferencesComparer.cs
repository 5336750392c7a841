using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Helpers;

/// <summary>
/// Treats two compilations as equal when what they reference and how they are compiled is the same, so steps that
/// read only references and options rerun when those change, not on every edit.
/// </summary>
internal sealed class SameReferencesComparer : IEqualityComparer<Compilation>
{
    public static readonly SameReferencesComparer Instance = new();

    public bool Equals(Compilation? x, Compilation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        return x.AssemblyName == y.AssemblyName
            && Equals(x.SyntaxTrees.FirstOrDefault()?.Options, y.SyntaxTrees.FirstOrDefault()?.Options)
            && x.Options.NullableContextOptions == y.Options.NullableContextOptions
            && x.Options.OutputKind == y.Options.OutputKind
            && x.References.SequenceEqual(y.References);
    }

    public int GetHashCode(Compilation obj) => obj.AssemblyName?.GetHashCode() ?? 0;
}
