using System.Collections.Generic;
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
            query.Namespaces.Where(ns => assemblies.Any(a => FindNamespace(a, ns) is not null)).ToEquatableArray(),
            query.Types.Where(name => assemblies.Any(a => a.GetTypeByMetadataName(name) is not null)).ToEquatableArray(),
            query.GlobalNames.Where(name => assemblies.Any(a => a.GlobalNamespace.GetMembers(name).Any(m => m is INamespaceSymbol || m is INamedTypeSymbol { Arity: 0 } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)))).ToEquatableArray(),
            query.VisibleTypes.Where(qualified => assemblies.Any(a => HasPublicType(a, qualified))).ToEquatableArray());
    }

    private static bool HasPublicType(IAssemblySymbol assembly, string qualified)
    {
        int dot = qualified.LastIndexOf('.');
        return dot > 0
            && FindNamespace(assembly, qualified.Substring(0, dot)) is { } ns
            && ns.GetTypeMembers(qualified.Substring(dot + 1), 0).Any(t => t.DeclaredAccessibility == Accessibility.Public);
    }

    private static INamespaceSymbol? FindNamespace(IAssemblySymbol assembly, string name)
    {
        INamespaceSymbol? current = assembly.GlobalNamespace;
        foreach (string segment in name.Split('.'))
        {
            current = FirstNamespace(current!.GetMembers(segment));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static INamespaceSymbol? FirstNamespace(IEnumerable<INamespaceOrTypeSymbol> members)
    {
        foreach (INamespaceOrTypeSymbol member in members)
        {
            if (member is INamespaceSymbol ns)
            {
                return ns;
            }
        }

        return null;
    }
}
