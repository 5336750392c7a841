namespace Ssot.Generators.Model;

/// <summary>An enclosing type a nested legacy shim is declared in.</summary>
/// <param name="Name">The simple name (escaped).</param>
/// <param name="Declaration">The declaration keywords and name the partial part is emitted with, e.g. <c>static partial class Outer</c>.</param>
internal sealed record ContainingTypeModel(string Name, string Declaration);
