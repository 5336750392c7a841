using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>The <see cref="FileDeclarations"/> of every file of a compilation, merged.</summary>
/// <param name="UsingAliases">Every alias name declared at the top of a file, sorted.</param>
/// <param name="ImportedNamespaces">Every namespace imported at the top of a file, in the order files first import them.</param>
/// <param name="Namespaces">Every declared namespace and each of its enclosing namespaces, sorted.</param>
/// <param name="Types">Every declared type once, sorted by metadata name.</param>
internal sealed record SourceDeclarations(
    EquatableArray<string> UsingAliases,
    EquatableArray<string> ImportedNamespaces,
    EquatableArray<string> Namespaces,
    EquatableArray<DeclaredType> Types);
