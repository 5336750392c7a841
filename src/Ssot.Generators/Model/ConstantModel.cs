using System;
using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>A compile-time constant as read from a symbol, for the emitter to write in C#.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Type">The enum or array type, fully qualified; empty for the other kinds.</param>
/// <param name="Value">The built-in value of a primitive or enum value (boxed <c>int</c>, <c>string</c>, <c>decimal</c>…).</param>
/// <param name="Member">The enum member's name (escaped).</param>
/// <param name="Items">The elements of an array.</param>
internal sealed record ConstantModel(ConstantKind Kind, string Type, object? Value, string Member, EquatableArray<ConstantModel> Items)
{
    public static readonly ConstantModel Null = new(ConstantKind.Null, string.Empty, null, string.Empty, EquatableArray<ConstantModel>.Empty);

    public static readonly ConstantModel Default = new(ConstantKind.Default, string.Empty, null, string.Empty, EquatableArray<ConstantModel>.Empty);

    public static ConstantModel Primitive(object value) => new(ConstantKind.Primitive, string.Empty, value, string.Empty, EquatableArray<ConstantModel>.Empty);

    // Values compare bit for bit: -0.0 and 0.0, or 1.0m and 1.00m, are equal numbers but different defaults.
    public bool Equals(ConstantModel? other) =>
        other is not null
        && Kind == other.Kind
        && Type == other.Type
        && Member == other.Member
        && Items == other.Items
        && SameBits(Value, other.Value);

    public override int GetHashCode() =>
        unchecked((((int)Kind * 31) + Type.GetHashCode()) * 31 + (Value?.GetType().GetHashCode() ?? 0));

    private static bool SameBits(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (double l, double r) => BitConverter.DoubleToInt64Bits(l) == BitConverter.DoubleToInt64Bits(r),
        (float l, float r) => BitConverter.DoubleToInt64Bits(l) == BitConverter.DoubleToInt64Bits(r),
        (decimal l, decimal r) => DecimalBits(l) == DecimalBits(r),
        _ => Equals(left, right),
    };

    private static string DecimalBits(decimal value) => string.Join(",", decimal.GetBits(value));
}
