using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ssot.Generators.Parsing;

/// <summary>Writes a compile-time constant as a C# expression of the exact type, culture-invariant.</summary>
internal static class ConstantFormatter
{
    public static string Format(object? value, ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { EnumUnderlyingType: { } } enumType)
        {
            return FormatEnum(value, enumType);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return value is null ? "null" : Format(value, nullable.TypeArguments[0]);
        }

        if (value is null)
        {
            return type.IsReferenceType || type.TypeKind == TypeKind.TypeParameter && !type.IsValueType ? DefaultOrNull(type) : "default";
        }

        return FormatPrimitive(value);
    }

    // decimal.ToString drops the sign of a negative zero, which a default must keep (decimal.IsNegative tells them apart).
    private static string FormatDecimal(decimal value) =>
        (value == 0m && (decimal.GetBits(value)[3] & int.MinValue) != 0 ? "-" : string.Empty)
        + value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string FormatPrimitive(object value) => value switch
    {
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        char c => SymbolDisplay.FormatLiteral(c, quote: true),
        bool b => b ? "true" : "false",
        float f => FormatFloat(f),
        double d => FormatDouble(d),
        decimal m => FormatDecimal(m),
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

    private static string DefaultOrNull(ITypeSymbol type) =>
        type.TypeKind == TypeKind.TypeParameter ? "default" : "null";

    private static string Parenthesize(string number) => number.StartsWith("-", StringComparison.Ordinal) ? "(" + number + ")" : number;

    private static string FormatDouble(double d)
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

    private static string FormatFloat(float f)
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

    private static string FormatEnum(object? value, INamedTypeSymbol enumType)
    {
        string typeName = enumType.ToFullyQualified();
        if (value is null)
        {
            return "default(" + typeName + ")";
        }

        foreach (ISymbol member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
            {
                return typeName + "." + TypeDisplay.Escape(field.Name);
            }
        }

        return "(" + typeName + ")" + Parenthesize(FormatPrimitive(value));
    }
}
