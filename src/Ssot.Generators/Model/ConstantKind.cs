namespace Ssot.Generators.Model;

/// <summary>What a compile-time constant (a default value, an attribute argument) is.</summary>
internal enum ConstantKind
{
    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary><c>default</c>.</summary>
    Default,

    /// <summary><c>default(T)</c>, for an enum with no value.</summary>
    DefaultOfType,

    /// <summary>A literal of a built-in type: <see cref="ConstantModel.Value"/>.</summary>
    Primitive,

    /// <summary>A named member of an enum.</summary>
    EnumMember,

    /// <summary>An enum value no member names: the underlying value cast to the enum.</summary>
    EnumValue,

    /// <summary>An array (attribute arguments only): <see cref="ConstantModel.Items"/>.</summary>
    Array,
}
