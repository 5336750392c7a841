using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>
/// The <see cref="FileDeclarations"/> of every file of a compilation, merged for the rules that see the compilation as a
/// whole: each item once, in the order files first declare it.
/// </summary>
/// <param name="UsingAliases">Every alias name declared at the top of a file.</param>
/// <param name="ImportedNamespaces">Every namespace imported at the top of a file.</param>
/// <param name="NamespaceImports">Every namespace imported inside a namespace declaration.</param>
/// <param name="Namespaces">Every declared namespace and each of its enclosing namespaces.</param>
/// <param name="Types">Every declared type once (partial declarations are one type).</param>
internal sealed record SourceDeclarations(
    EquatableArray<string> UsingAliases,
    EquatableArray<string> ImportedNamespaces,
    EquatableArray<string> NamespaceImports,
    EquatableArray<string> Namespaces,
    EquatableArray<DeclaredType> Types);
