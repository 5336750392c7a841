namespace Ssot.Generators.Model;

/// <summary>A type parameter and its constraint clause.</summary>
/// <param name="Name">The name (escaped).</param>
/// <param name="Variance">"in ", "out " or empty (interfaces only).</param>
/// <param name="Constraints">The constraint list after <c>where T :</c>, empty when unconstrained.</param>
internal sealed record TypeParameterModel(string Name, string Variance, string Constraints);
