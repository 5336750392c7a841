namespace Ssot.Generators.Model;

/// <summary>
/// A type declared in source directly in a namespace, as the alias and shim rules need it: where it lives and whether a
/// person wrote it.
/// </summary>
/// <param name="MetadataName">Its metadata name: <c>Ns.Name`1</c>.</param>
/// <param name="Namespace">Its namespace (unescaped, dotted), empty for the global namespace.</param>
/// <param name="Name">Its simple name (unescaped) without arity.</param>
/// <param name="Arity">Its number of type parameters.</param>
/// <param name="IsHandWritten">Whether some declaration of it is outside this generator's output.</param>
internal sealed record DeclaredType(string MetadataName, string Namespace, string Name, int Arity, bool IsHandWritten);
