using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>A type parameter and its constraints.</summary>
/// <param name="Name">The name (escaped).</param>
/// <param name="Variance">Its variance (interfaces only).</param>
/// <param name="Kind">The constraint that says what kind of type it is, if any.</param>
/// <param name="Types">The base types and interfaces it is constrained to.</param>
/// <param name="HasConstructorConstraint">Whether it must have a parameterless constructor (<c>new()</c>).</param>
/// <param name="AllowsRefStruct">Whether it <c>allows ref struct</c>.</param>
internal sealed record TypeParameterModel(
    string Name,
    Variance Variance,
    TypeConstraintKind Kind,
    EquatableArray<TypeRef> Types,
    bool HasConstructorConstraint,
    bool AllowsRefStruct)
{
    public bool HasConstraints => Kind != TypeConstraintKind.None || !Types.IsEmpty || HasConstructorConstraint || AllowsRefStruct;
}
