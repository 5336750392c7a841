using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>
/// What one file contributes to the alias and shim rules, read from syntax alone: the <c>using</c> directives at its top
/// and the namespaces and types it declares (never member bodies, so typing inside a method changes nothing here).
/// </summary>
/// <param name="UsingAliases">The alias names of its top-level <c>using</c> directives, <c>global</c> or not.</param>
/// <param name="UsingNamespaces">The namespaces its top-level <c>using</c> directives import, without <c>global::</c>.</param>
/// <param name="Namespaces">The full names of the namespaces it declares.</param>
/// <param name="Types">The types it declares directly in a namespace (or the global namespace).</param>
internal sealed record FileDeclarations(
    EquatableArray<string> UsingAliases,
    EquatableArray<string> UsingNamespaces,
    EquatableArray<string> Namespaces,
    EquatableArray<DeclaredType> Types)
{
    public static readonly FileDeclarations Empty = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<DeclaredType>.Empty);
}
