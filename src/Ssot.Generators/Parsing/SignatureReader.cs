using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>Reads parameters, type parameters and the attributes that must travel with them.</summary>
internal static class SignatureReader
{
    // Attributes whose meaning is lost if a forwarding member drops them: nullable flow and caller info.
    private static readonly HashSet<string> TravellingAttributes =
    [
        "System.Diagnostics.CodeAnalysis.AllowNullAttribute",
        "System.Diagnostics.CodeAnalysis.DisallowNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnIfAttribute",
        "System.Runtime.CompilerServices.CallerMemberNameAttribute",
        "System.Runtime.CompilerServices.CallerFilePathAttribute",
        "System.Runtime.CompilerServices.CallerLineNumberAttribute",
        "System.Runtime.CompilerServices.CallerArgumentExpressionAttribute",
    ];

    private static readonly HashSet<string> MemberAttributes =
    [
        "System.Diagnostics.CodeAnalysis.ExperimentalAttribute",
    ];

    public static EquatableArray<ParameterModel> ReadParameters(IReadOnlyList<IParameterSymbol> parameters, bool isExtension = false, FacadeTypeRenderer? types = null)
    {
        if (parameters.Count == 0)
        {
            return EquatableArray<ParameterModel>.Empty;
        }

        var read = new ParameterModel[parameters.Count];
        for (int i = 0; i < read.Length; i++)
        {
            read[i] = ReadParameter(parameters[i], isExtension && i == 0, types ?? FacadeTypeRenderer.Plain);
        }

        return new EquatableArray<ParameterModel>(read);
    }

    public static ParameterModel ReadParameter(IParameterSymbol parameter, bool isThis, FacadeTypeRenderer types)
    {
        var modifiers = new StringBuilder();
        if (isThis)
        {
            modifiers.Append("this ");
        }

        // 'out' and 'params' spans are scoped implicitly; writing it again is an error.
        if (parameter.ScopedKind != ScopedKind.None && parameter.RefKind != RefKind.Out && !parameter.IsParams)
        {
            modifiers.Append("scoped ");
        }

        string argumentModifier = string.Empty;
        switch (parameter.RefKind)
        {
            case RefKind.Ref:
                modifiers.Append("ref ");
                argumentModifier = "ref ";
                break;
            case RefKind.Out:
                modifiers.Append("out ");
                argumentModifier = "out ";
                break;
            case RefKind.In:
                modifiers.Append("in ");
                argumentModifier = "in ";
                break;
            case RefKind.RefReadOnlyParameter:
                modifiers.Append("ref readonly ");
                argumentModifier = "in ";
                break;
        }

        if (parameter.IsParams)
        {
            modifiers.Append("params ");
        }

        string? defaultValue = parameter.HasExplicitDefaultValue
            ? ConstantFormatter.Format(parameter.ExplicitDefaultValue, parameter.Type)
            : null;

        // 'null!' and 'default!' in the canonical declaration: the forwarder keeps the suppression (CS8625, CS8601).
        if (parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is null && !TypeDisplay.WithoutAnnotations
            && parameter.Type.NullableAnnotation == NullableAnnotation.NotAnnotated
            && (parameter.Type.IsReferenceType || parameter.Type is ITypeParameterSymbol { IsValueType: false }))
        {
            defaultValue += "!";
        }

        return new ParameterModel(
            TypeDisplay.Escape(parameter.Name),
            types.Render(parameter.Type, byValue: parameter.RefKind == RefKind.None && !parameter.IsParams),
            modifiers.ToString(),
            argumentModifier,
            defaultValue,
            RenderAttributes(parameter.GetAttributes(), target: null, TravellingAttributes));
    }

    /// <summary>
    /// The attributes a forwarding member must carry itself: <c>[Experimental]</c>, since calling an experimental member
    /// is an error except from one that is experimental too (and callers through the legacy name should hear of it).
    /// </summary>
    public static string ReadMemberAttributes(ISymbol member) => RenderAttributes(member.GetAttributes(), target: null, MemberAttributes);

    /// <summary>The diagnostic ID of the member's <c>[Experimental]</c>, or empty.</summary>
    public static string ReadExperimentalId(ISymbol member)
    {
        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && MemberAttributes.Contains(TypeDisplay.MetadataNameOf(type))
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string id)
            {
                return id;
            }
        }

        return string.Empty;
    }

    /// <summary>The nullable-flow attributes on a method's return value, rendered with <c>return:</c>.</summary>
    public static string ReadReturnAttributes(IMethodSymbol method) => RenderAttributes(method.GetReturnTypeAttributes(), "return", TravellingAttributes);

    public static EquatableArray<TypeParameterModel> ReadTypeParameters(IEnumerable<ITypeParameterSymbol> typeParameters) =>
        typeParameters.Select(ReadTypeParameter).ToEquatableArray();

    public static TypeParameterModel ReadTypeParameter(ITypeParameterSymbol typeParameter)
    {
        var constraints = new List<string>();
        if (typeParameter.HasReferenceTypeConstraint)
        {
            constraints.Add(typeParameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated && !TypeDisplay.WithoutAnnotations ? "class?" : "class");
        }
        else if (typeParameter.HasUnmanagedTypeConstraint)
        {
            constraints.Add("unmanaged");
        }
        else if (typeParameter.HasValueTypeConstraint)
        {
            constraints.Add("struct");
        }
        else if (typeParameter.HasNotNullConstraint)
        {
            constraints.Add("notnull");
        }

        foreach (ITypeSymbol constraint in typeParameter.ConstraintTypes)
        {
            constraints.Add(constraint.ToFullyQualified());
        }

        if (typeParameter.HasConstructorConstraint && !typeParameter.HasValueTypeConstraint)
        {
            constraints.Add("new()");
        }

        if (typeParameter.AllowsRefLikeType)
        {
            constraints.Add("allows ref struct");
        }

        string variance = typeParameter.Variance switch
        {
            VarianceKind.In => "in ",
            VarianceKind.Out => "out ",
            _ => string.Empty,
        };

        return new TypeParameterModel(TypeDisplay.Escape(typeParameter.Name), variance, string.Join(", ", constraints));
    }

    private static string RenderAttributes(IEnumerable<AttributeData> attributes, string? target, HashSet<string> kept)
    {
        StringBuilder? text = null;
        foreach (AttributeData attribute in attributes)
        {
            if (attribute.AttributeClass is not { } type || !kept.Contains(TypeDisplay.MetadataNameOf(type)))
            {
                continue;
            }

            text ??= new StringBuilder();
            text.Append('[');
            if (target is not null)
            {
                text.Append(target).Append(": ");
            }

            string name = type.ToFullyQualified();
            text.Append(name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name);
            if (attribute.ConstructorArguments.Length > 0 || attribute.NamedArguments.Length > 0)
            {
                text.Append('(');
                text.Append(string.Join(", ", attribute.ConstructorArguments.Select(RenderArgument)
                    .Concat(attribute.NamedArguments.Select(a => a.Key + " = " + RenderArgument(a.Value)))));
                text.Append(')');
            }

            text.Append("] ");
        }

        return text?.ToString() ?? string.Empty;
    }

    private static string RenderArgument(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Array
            ? "new " + (constant.Type?.ToFullyQualified() ?? "object[]") + " { " + string.Join(", ", constant.Values.Select(RenderArgument)) + " }"
            : constant.Value is null ? "null" : ConstantFormatter.FormatPrimitive(constant.Value);
}
