using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Reads parameters and type parameters into the model.</summary>
internal static class SignatureReader
{
    /// <summary>The parameters; <see langword="null"/> when a parameter's type cannot be written outside the canonical type.</summary>
    /// <param name="inByValue">Whether an <c>in</c> parameter is read as a value (an operator's operand, which a facade's operator can take as itself).</param>
    public static EquatableArray<ParameterModel>? ReadParameters(IReadOnlyList<IParameterSymbol> parameters, SignatureTypes types, bool isExtension = false, bool inByValue = false)
    {
        if (parameters.Count == 0)
        {
            return EquatableArray<ParameterModel>.Empty;
        }

        var read = new ParameterModel[parameters.Count];
        for (int i = 0; i < read.Length; i++)
        {
            if (ReadParameter(parameters[i], isExtension && i == 0, inByValue, types) is not { } parameter)
            {
                return null;
            }

            read[i] = parameter;
        }

        return new EquatableArray<ParameterModel>(read);
    }

    private static ParameterModel? ReadParameter(IParameterSymbol parameter, bool isThis, bool inByValue, SignatureTypes types)
    {
        if (types.Read(parameter.Type, byValue: (parameter.RefKind == RefKind.None || (inByValue && parameter.RefKind == RefKind.In)) && !parameter.IsParams) is not { } type)
        {
            return null;
        }

        ParameterRefKind refKind = parameter.RefKind switch
        {
            RefKind.Ref => ParameterRefKind.Ref,
            RefKind.Out => ParameterRefKind.Out,
            RefKind.In => ParameterRefKind.In,
            RefKind.RefReadOnlyParameter => ParameterRefKind.RefReadOnly,
            _ => ParameterRefKind.None,
        };

        // 'null!' and 'default!' in the canonical declaration: the forwarder keeps the suppression (CS8625, CS8601).
        bool suppressNull = parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is null && !types.Display.OmitsAnnotations
            && parameter.Type.NullableAnnotation == NullableAnnotation.NotAnnotated
            && (parameter.Type.IsReferenceType || parameter.Type is ITypeParameterSymbol { IsValueType: false });

        return new ParameterModel(
            Identifier.Escape(parameter.Name),
            type,
            refKind,
            parameter.IsParams,
            isThis,

            // 'out' and 'params' spans are scoped implicitly; writing it again is an error.
            IsScoped: parameter.ScopedKind != ScopedKind.None && parameter.RefKind != RefKind.Out && !parameter.IsParams,
            parameter.HasExplicitDefaultValue ? ConstantReader.Read(parameter.ExplicitDefaultValue, parameter.Type, types.Display) : null,
            suppressNull,
            AttributeReader.ReadParameter(parameter, types.Display));
    }

    /// <summary>The type parameters; <see langword="null"/> when a constraint cannot be written outside the canonical type.</summary>
    public static EquatableArray<TypeParameterModel>? ReadTypeParameters(IEnumerable<ITypeParameterSymbol> typeParameters, SignatureTypes types)
    {
        var read = new List<TypeParameterModel>();
        foreach (ITypeParameterSymbol typeParameter in typeParameters)
        {
            if (ReadTypeParameter(typeParameter, types) is not { } model)
            {
                return null;
            }

            read.Add(model);
        }

        return read.ToEquatableArray();
    }

    private static TypeParameterModel? ReadTypeParameter(ITypeParameterSymbol typeParameter, SignatureTypes types)
    {
        TypeDisplay display = types.Display;
        var constraintTypes = new List<TypeRef>();
        foreach (ITypeSymbol constraint in typeParameter.ConstraintTypes)
        {
            if (types.Read(constraint, byValue: false) is not { } constraintType)
            {
                return null;
            }

            constraintTypes.Add(constraintType);
        }

        TypeConstraintKind kind =
            typeParameter.HasReferenceTypeConstraint
                ? typeParameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated && !display.OmitsAnnotations
                    ? TypeConstraintKind.NullableClass
                    : TypeConstraintKind.Class
            : typeParameter.HasUnmanagedTypeConstraint ? TypeConstraintKind.Unmanaged
            : typeParameter.HasValueTypeConstraint ? TypeConstraintKind.Struct
            : typeParameter.HasNotNullConstraint ? TypeConstraintKind.NotNull
            : TypeConstraintKind.None;

        return new TypeParameterModel(
            Identifier.Escape(typeParameter.Name),
            typeParameter.Variance switch
            {
                VarianceKind.In => Variance.In,
                VarianceKind.Out => Variance.Out,
                _ => Variance.None,
            },
            kind,
            constraintTypes.ToEquatableArray(),
            HasConstructorConstraint: typeParameter.HasConstructorConstraint && !typeParameter.HasValueTypeConstraint,
            typeParameter.AllowsRefLikeType);
    }
}
