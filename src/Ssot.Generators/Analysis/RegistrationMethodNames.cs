using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Analysis;

/// <summary>
/// The names of every method a manual registration can call: the methods of the types in the
/// <c>Microsoft.Extensions.DependencyInjection*</c> namespaces the compilation sees. A call whose name is not among them
/// cannot be a registration, so it is never bound.
/// </summary>
internal sealed class RegistrationMethodNames
{
    private const string NamespacePrefix = "DependencyInjection";

    private readonly HashSet<string> _all = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _generic = new(System.StringComparer.Ordinal);

    private RegistrationMethodNames()
    {
    }

    /// <summary>Whether a method of this name may be a registration.</summary>
    public bool Contains(string name) => _all.Contains(name);

    /// <summary>Whether a method of this name may be generic: a call without type arguments may then have them inferred.</summary>
    public bool MayBeGeneric(string name) => _generic.Contains(name);

    /// <summary>The names, or <see langword="null"/> when the compilation sees no dependency-injection namespace.</summary>
    public static RegistrationMethodNames? Read(Compilation compilation)
    {
        INamespaceSymbol? extensions = Child(Child(compilation.GlobalNamespace, "Microsoft"), "Extensions");
        if (extensions is null)
        {
            return null;
        }

        RegistrationMethodNames? names = null;
        foreach (INamespaceSymbol ns in extensions.GetNamespaceMembers())
        {
            // The rule matches the namespace name by prefix, so 'DependencyInjectionX' counts too.
            if (ns.Name.StartsWith(NamespacePrefix, System.StringComparison.Ordinal))
            {
                names ??= new RegistrationMethodNames();
                names.AddNamespace(ns);
            }
        }

        return names;
    }

    private static INamespaceSymbol? Child(INamespaceSymbol? parent, string name)
    {
        if (parent is null)
        {
            return null;
        }

        foreach (INamespaceSymbol child in parent.GetNamespaceMembers())
        {
            if (child.Name == name)
            {
                return child;
            }
        }

        return null;
    }

    private void AddNamespace(INamespaceSymbol ns)
    {
        foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                AddNamespace(inner);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddType(type);
            }
        }
    }

    private void AddType(INamedTypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IMethodSymbol method)
            {
                _all.Add(method.Name);
                if (method.IsGenericMethod)
                {
                    _generic.Add(method.Name);
                }
            }
            else if (member is INamedTypeSymbol nested)
            {
                AddType(nested);
            }
        }
    }
}
