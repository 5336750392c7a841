namespace Ssot.Generators.Tests.Properties;

/// <summary>How a type parameter is constrained, which decides where the case can use it.</summary>
internal enum TypeParameterFlavor
{
    Unconstrained,
    Class,
    NullableClass,
    Struct,
    Unmanaged,
    NotNull,
    New,
    Interface,
    BaseClass,
    OtherTypeParameter,
    RefLike,
}

/// <summary>A type parameter and its constraint clause (empty for none).</summary>
internal sealed record TypeParameterSpec(Name Name, string Variance, TypeParameterFlavor Flavor, string Constraints)
{
    /// <summary>Whether a value of it can be stored in a field of a class.</summary>
    public bool IsStorable => Flavor != TypeParameterFlavor.RefLike;

    /// <summary>Whether <c>T?</c> is valid and means "maybe null" (not Nullable of a ref struct).</summary>
    public bool CanBeAnnotated => Flavor is not (TypeParameterFlavor.RefLike);
}
