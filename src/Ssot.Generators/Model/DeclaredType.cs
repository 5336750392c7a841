namespace Ssot.Generators.Model;

/// <summary>
/// A type declared in source directly in a namespace (never in this generator's output), as the alias and shim rules need
/// it: where it lives.
/// </summary>
/// <param name="MetadataName">Its metadata name: <c>Ns.Name`1</c>.</param>
/// <param name="Namespace">Its namespace (unescaped, dotted), empty for the global namespace.</param>
/// <param name="Name">Its simple name (unescaped) without arity.</param>
/// <param name="Arity">Its number of type parameters.</param>
internal sealed record DeclaredType(string MetadataName, string Namespace, string Name, int Arity);
