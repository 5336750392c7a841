namespace Ssot.Generators.Model;

/// <summary>An enclosing type a nested legacy shim is declared in.</summary>
/// <param name="Name">The simple name (escaped).</param>
/// <param name="Kind">How its partial part is declared.</param>
internal sealed record ContainingTypeModel(string Name, ContainingTypeKind Kind);
