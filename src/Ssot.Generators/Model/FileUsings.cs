using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>The <c>using</c> directives of one file, as the rules and the analyzers' text filters need them.</summary>
/// <param name="TopAliases">The alias names of the directives at the top of the file, <c>global</c> or not.</param>
/// <param name="TopImports">The namespaces the directives at the top of the file import (without <c>global::</c>), <c>global</c> or not.</param>
/// <param name="GlobalImports">Those of <paramref name="TopImports"/> that are <c>global</c>: they serve every file.</param>
/// <param name="NamespaceImports">The namespaces imported by directives inside namespace declarations (they win over any global alias there).</param>
/// <param name="Aliases">Every alias at any level, with the last identifier of what it names.</param>
internal sealed record FileUsings(
    EquatableArray<string> TopAliases,
    EquatableArray<string> TopImports,
    EquatableArray<string> GlobalImports,
    EquatableArray<string> NamespaceImports,
    EquatableArray<AliasTarget> Aliases)
{
    public static readonly FileUsings Empty = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<AliasTarget>.Empty);
}

/// <summary>A using alias: its name, and the last identifier of the name it stands for (<c>Manager</c> in <c>Acme.Legacy.Manager</c>).</summary>
internal sealed record AliasTarget(string Name, string Target);
