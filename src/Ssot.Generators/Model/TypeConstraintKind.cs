namespace Ssot.Generators.Model;

/// <summary>The constraint of a type parameter that says what kind of type it takes.</summary>
internal enum TypeConstraintKind
{
    None,
    Class,
    NullableClass,
    Struct,
    Unmanaged,
    NotNull,
}
