using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Reads parameters and type parameters into the model.</summary>
internal static class SignatureReader
{
    public static EquatableArray<ParameterModel> ReadParameters(IReadOnlyList<IParameterSymbol> parameters, SignatureTypes types, bool isExtension = false)
    {
        if (parameters.Count == 0)
        {
            return EquatableArray<ParameterModel>.Empty;
        }

        var read = new ParameterModel[parameters.Count];
        for (int i = 0; i < read.Length; i++)
        {
            read[i] = ReadParameter(parameters[i], isExtension && i == 0, types);
        }

        return new EquatableArray<ParameterModel>(read);
    }

    private static ParameterModel ReadParameter(IParameterSymbol parameter, bool isThis, SignatureTypes types)
    {
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
            types.Read(parameter.Type, byValue: parameter.RefKind == RefKind.None && !parameter.IsParams),
            refKind,
            parameter.IsParams,
            isThis,

            // 'out' and 'params' spans are scoped implicitly; writing it again is an error.
            IsScoped: parameter.ScopedKind != ScopedKind.None && parameter.RefKind != RefKind.Out && !parameter.IsParams,
            parameter.HasExplicitDefaultValue ? ConstantReader.Read(parameter.ExplicitDefaultValue, parameter.Type, types.Display) : null,
            suppressNull,
            AttributeReader.ReadParameter(parameter, types.Display));
    }

    public static EquatableArray<TypeParameterModel> ReadTypeParameters(IEnumerable<ITypeParameterSymbol> typeParameters, TypeDisplay display) =>
        typeParameters.Select(t => ReadTypeParameter(t, display)).ToEquatableArray();

    private static TypeParameterModel ReadTypeParameter(ITypeParameterSymbol typeParameter, TypeDisplay display)
    {
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
            typeParameter.ConstraintTypes.Select(t => new TypeRef(display.FullyQualified(t))).ToEquatableArray(),
            HasConstructorConstraint: typeParameter.HasConstructorConstraint && !typeParameter.HasValueTypeConstraint,
            typeParameter.AllowsRefLikeType);
    }
}
