using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>
/// The questions the shim and alias rules ask about the referenced assemblies, asked once per change of a claim, an
/// import or a reference rather than per edit.
/// </summary>
/// <param name="Namespaces">Dotted names: is each a namespace of some referenced assembly?</param>
/// <param name="Types">Metadata names: does some referenced assembly define each as a type?</param>
/// <param name="GlobalNames">Names: is each a namespace, or a non-generic type, in the global namespace of some reference?</param>
/// <param name="VisibleTypes">Dotted names <c>Ns.Name</c>: does namespace <c>Ns</c> of some reference hold a public non-generic type <c>Name</c>?</param>
internal sealed record ReferenceQuery(
    EquatableArray<string> Namespaces,
    EquatableArray<string> Types,
    EquatableArray<string> GlobalNames,
    EquatableArray<string> VisibleTypes);
