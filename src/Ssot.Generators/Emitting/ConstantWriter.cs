using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>Writes a compile-time constant as a C# expression of the exact type, culture-invariant.</summary>
internal static class ConstantWriter
{
    public static string Write(ConstantModel constant) => constant.Kind switch
    {
        ConstantKind.Null => "null",
        ConstantKind.Default => "default",
        ConstantKind.DefaultOfType => "default(" + constant.Type + ")",
        ConstantKind.EnumMember => constant.Type + "." + constant.Member,
        ConstantKind.EnumValue => "(" + constant.Type + ")" + Parenthesize(WritePrimitive(constant.Value!)),
        ConstantKind.Array => "new " + constant.Type + " { " + string.Join(", ", constant.Items.Select(Write)) + " }",
        _ => WritePrimitive(constant.Value!),
    };

    // decimal.ToString drops the sign of a negative zero, which a default must keep (decimal.IsNegative tells them apart).
    private static string WriteDecimal(decimal value) =>
        (value == 0m && (decimal.GetBits(value)[3] & int.MinValue) != 0 ? "-" : string.Empty)
        + value.ToString(CultureInfo.InvariantCulture) + "m";

    private static string WritePrimitive(object value) => value switch
    {
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        char c => SymbolDisplay.FormatLiteral(c, quote: true),
        bool b => b ? "true" : "false",
        float f => WriteFloat(f),
        double d => WriteDouble(d),
        decimal m => WriteDecimal(m),
        int i => i.ToString(CultureInfo.InvariantCulture),
        uint u => u.ToString(CultureInfo.InvariantCulture) + "u",
        long l => l == long.MinValue ? "long.MinValue" : l.ToString(CultureInfo.InvariantCulture) + "L",
        ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "ul",
        short s16 => "(short)" + Parenthesize(s16.ToString(CultureInfo.InvariantCulture)),
        ushort u16 => "(ushort)" + u16.ToString(CultureInfo.InvariantCulture),
        byte b8 => "(byte)" + b8.ToString(CultureInfo.InvariantCulture),
        sbyte s8 => "(sbyte)" + Parenthesize(s8.ToString(CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException("Unsupported constant type " + value.GetType().FullName, nameof(value)),
    };

    private static string Parenthesize(string number) => number.StartsWith("-", StringComparison.Ordinal) ? "(" + number + ")" : number;

    private static string WriteDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return "double.NaN";
        }

        if (double.IsPositiveInfinity(d))
        {
            return "double.PositiveInfinity";
        }

        if (double.IsNegativeInfinity(d))
        {
            return "double.NegativeInfinity";
        }

        return d.ToString("R", CultureInfo.InvariantCulture) + "d";
    }

    private static string WriteFloat(float f)
    {
        if (float.IsNaN(f))
        {
            return "float.NaN";
        }

        if (float.IsPositiveInfinity(f))
        {
            return "float.PositiveInfinity";
        }

        if (float.IsNegativeInfinity(f))
        {
            return "float.NegativeInfinity";
        }

        return f.ToString("R", CultureInfo.InvariantCulture) + "f";
    }
}
