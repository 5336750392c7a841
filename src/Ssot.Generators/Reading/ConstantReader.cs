using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Reads compile-time constants (default values, attribute arguments) into the model.</summary>
internal static class ConstantReader
{
    /// <summary>A default value of the given type.</summary>
    public static ConstantModel Read(object? value, ITypeSymbol type, TypeDisplay display)
    {
        if (type is INamedTypeSymbol { EnumUnderlyingType: { } } enumType)
        {
            return ReadEnum(value, enumType, display);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return value is null ? ConstantModel.Null : Read(value, nullable.TypeArguments[0], display);
        }

        if (value is null)
        {
            // A type parameter has no 'null' of its own, even a class-constrained one.
            return type.IsReferenceType && type.TypeKind != TypeKind.TypeParameter ? ConstantModel.Null : ConstantModel.Default;
        }

        return ConstantModel.Primitive(value);
    }

    /// <summary>An attribute argument as the attribute stores it (an enum argument is its underlying value).</summary>
    public static ConstantModel ReadArgument(TypedConstant constant, TypeDisplay display) =>
        constant.Kind == TypedConstantKind.Array
            ? new ConstantModel(
                ConstantKind.Array,
                constant.Type is { } arrayType ? display.FullyQualified(arrayType) : "object[]",
                null,
                string.Empty,
                constant.Values.Select(v => ReadArgument(v, display)).ToEquatableArray())
            : constant.Value is null ? ConstantModel.Null : ConstantModel.Primitive(constant.Value);

    private static ConstantModel ReadEnum(object? value, INamedTypeSymbol enumType, TypeDisplay display)
    {
        string typeName = display.FullyQualified(enumType);
        if (value is null)
        {
            return new ConstantModel(ConstantKind.DefaultOfType, typeName, null, string.Empty, EquatableArray<ConstantModel>.Empty);
        }

        foreach (ISymbol member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
            {
                return new ConstantModel(ConstantKind.EnumMember, typeName, null, Identifier.Escape(field.Name), EquatableArray<ConstantModel>.Empty);
            }
        }

        return new ConstantModel(ConstantKind.EnumValue, typeName, value, string.Empty, EquatableArray<ConstantModel>.Empty);
    }
}
