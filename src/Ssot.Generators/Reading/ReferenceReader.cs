using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Answers a <see cref="ReferenceQuery"/> from the assemblies a compilation references (never from its source). A type
/// counts only where this compilation can see it: an internal type of a reference (without InternalsVisibleTo) is not
/// found by any name lookup here, so it clashes with nothing.
/// </summary>
internal static class ReferenceReader
{
    public static ReferenceFacts Read(Compilation compilation, ReferenceQuery query, CancellationToken cancellationToken)
    {
        if (query.Namespaces.IsEmpty && query.Types.IsEmpty && query.GlobalNames.IsEmpty && query.VisibleTypes.IsEmpty)
        {
            return ReferenceFacts.None;
        }

        IAssemblySymbol[] assemblies = compilation.SourceModule.ReferencedAssemblySymbols.ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        return new ReferenceFacts(
            query.Namespaces.Where(ns => FindNamespaces(assemblies, ns).Any()).ToEquatableArray(),
            query.Types.Where(name => assemblies.Any(a => a.GetTypeByMetadataName(name) is not null)).ToEquatableArray(),
            query.GlobalNames.Where(name => assemblies.Any(a => a.GlobalNamespace.GetMembers(name).Any(m => m is INamespaceSymbol || m is INamedTypeSymbol { Arity: 0 } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)))).ToEquatableArray(),
            VisibleTypes(assemblies, query.VisibleTypes));
    }

    /// <summary>The qualified names of public non-generic types some reference declares, each namespace looked up once per assembly.</summary>
    private static EquatableArray<string> VisibleTypes(IAssemblySymbol[] assemblies, EquatableArray<string> qualifiedNames)
    {
        if (qualifiedNames.IsEmpty)
        {
            return EquatableArray<string>.Empty;
        }

        var namespaces = new Dictionary<string, INamespaceSymbol[]>(System.StringComparer.Ordinal);
        var found = new List<string>();
        foreach (string qualified in qualifiedNames)
        {
            int dot = qualified.LastIndexOf('.');
            if (dot <= 0)
            {
                continue;
            }

            string ns = qualified.Substring(0, dot);
            if (!namespaces.TryGetValue(ns, out INamespaceSymbol[]? declared))
            {
                namespaces[ns] = declared = FindNamespaces(assemblies, ns).ToArray();
            }

            string name = qualified.Substring(dot + 1);
            if (declared.Any(n => n.GetTypeMembers(name, 0).Any(t => t.DeclaredAccessibility == Accessibility.Public)))
            {
                found.Add(qualified);
            }
        }

        return found.ToEquatableArray();
    }

    /// <summary>The namespace of that dotted name in each assembly that has it.</summary>
    private static IEnumerable<INamespaceSymbol> FindNamespaces(IAssemblySymbol[] assemblies, string name)
    {
        string[] segments = name.Split('.');
        foreach (IAssemblySymbol assembly in assemblies)
        {
            INamespaceSymbol? current = assembly.GlobalNamespace;
            foreach (string segment in segments)
            {
                // The array of INamespaceOrTypeSymbol.GetMembers, not the namespace's enumerable: nothing is allocated per lookup.
                current = FirstNamespace(((INamespaceOrTypeSymbol)current).GetMembers(segment));
                if (current is null)
                {
                    break;
                }
            }

            if (current is not null)
            {
                yield return current;
            }
        }
    }

    private static INamespaceSymbol? FirstNamespace(ImmutableArray<ISymbol> members)
    {
        foreach (ISymbol member in members)
        {
            if (member is INamespaceSymbol ns)
            {
                return ns;
            }
        }

        return null;
    }
}
