using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>Writes the parts of declarations the model holds as data: types, parameters, type parameters, attributes, modifiers.</summary>
internal static class SignatureText
{
    /// <summary>A type; the shim's own type where the model says so (<paramref name="self"/> must then be given).</summary>
    public static string Type(TypeRef type, string? self) =>
        type.IsSelf ? self! + (type.IsNullable ? "?" : string.Empty) : type.Text;

    public static string ParameterList(IEnumerable<ParameterModel> parameters, string? self = null) =>
        string.Join(", ", parameters.Select(p => Parameter(p, self)));

    public static string ArgumentList(IEnumerable<ParameterModel> parameters) =>
        string.Join(", ", parameters.Select(p => ArgumentModifier(p.RefKind) + p.Name));

    private static string Parameter(ParameterModel parameter, string? self)
    {
        string text = Attributes(parameter.Attributes, trailingSpace: true)
            + (parameter.IsThis ? "this " : string.Empty)
            + (parameter.IsScoped ? "scoped " : string.Empty)
            + parameter.RefKind switch
            {
                ParameterRefKind.Ref => "ref ",
                ParameterRefKind.Out => "out ",
                ParameterRefKind.In => "in ",
                ParameterRefKind.RefReadOnly => "ref readonly ",
                _ => string.Empty,
            }
            + (parameter.IsParams ? "params " : string.Empty)
            + Type(parameter.Type, self) + " " + parameter.Name;
        return parameter.Default is { } value
            ? text + " = " + ConstantWriter.Write(value) + (parameter.SuppressNullDefault ? "!" : string.Empty)
            : text;
    }

    private static string ArgumentModifier(ParameterRefKind refKind) => refKind switch
    {
        ParameterRefKind.Ref => "ref ",
        ParameterRefKind.Out => "out ",
        ParameterRefKind.In or ParameterRefKind.RefReadOnly => "in ",
        _ => string.Empty,
    };

    public static string TypeParameterList(EquatableArray<TypeParameterModel> typeParameters, bool withVariance = false) =>
        typeParameters.IsEmpty
            ? string.Empty
            : "<" + string.Join(", ", typeParameters.Select(t => (withVariance ? Variance(t.Variance) : string.Empty) + t.Name)) + ">";

    /// <summary>The <c>where</c> clauses, each with a leading space.</summary>
    public static string Constraints(EquatableArray<TypeParameterModel> typeParameters) =>
        string.Concat(typeParameters.Where(t => t.HasConstraints).Select(t => " where " + t.Name + " : " + ConstraintList(t)));

    private static string ConstraintList(TypeParameterModel typeParameter)
    {
        var constraints = new List<string>();
        switch (typeParameter.Kind)
        {
            case TypeConstraintKind.Class:
                constraints.Add("class");
                break;
            case TypeConstraintKind.NullableClass:
                constraints.Add("class?");
                break;
            case TypeConstraintKind.Struct:
                constraints.Add("struct");
                break;
            case TypeConstraintKind.Unmanaged:
                constraints.Add("unmanaged");
                break;
            case TypeConstraintKind.NotNull:
                constraints.Add("notnull");
                break;
        }

        constraints.AddRange(typeParameter.Types.Select(t => t.Text));
        if (typeParameter.HasConstructorConstraint)
        {
            constraints.Add("new()");
        }

        if (typeParameter.AllowsRefStruct)
        {
            constraints.Add("allows ref struct");
        }

        return string.Join(", ", constraints);
    }

    private static string Variance(Variance variance) => variance switch
    {
        Model.Variance.In => "in ",
        Model.Variance.Out => "out ",
        _ => string.Empty,
    };

    /// <summary>Attributes written one after another: <c>[A] [B]</c>, with a trailing space when asked (before a parameter).</summary>
    public static string Attributes(IEnumerable<AttributeModel> attributes, bool trailingSpace = false)
    {
        string text = string.Join(" ", attributes.Select(Attribute));
        return trailingSpace && text.Length > 0 ? text + " " : text;
    }

    public static string Attribute(AttributeModel attribute)
    {
        string name = attribute.Type.EndsWith("Attribute", System.StringComparison.Ordinal)
            ? attribute.Type.Substring(0, attribute.Type.Length - "Attribute".Length)
            : attribute.Type;
        string text = "[" + (attribute.Target is null ? string.Empty : attribute.Target + ": ") + name;
        if (!attribute.Arguments.IsEmpty || !attribute.NamedArguments.IsEmpty)
        {
            text += "(" + string.Join(", ", attribute.Arguments.Select(ConstantWriter.Write).Concat(attribute.NamedArguments.Select(a => a.Name + " = " + ConstantWriter.Write(a.Value)))) + ")";
        }

        return text + "]";
    }

    public static string Access(Access access) => access switch
    {
        Model.Access.Public => "public",
        Model.Access.Internal => "internal",
        Model.Access.Protected => "protected",
        Model.Access.ProtectedInternal => "protected internal",
        _ => "private protected",
    };

    /// <summary>The keyword an accessor is declared with when it is narrower than its property.</summary>
    public static string Accessor(AccessorAccess accessor) => accessor == AccessorAccess.Internal ? "internal " : string.Empty;

    public static string RefReturn(RefReturn refReturn) => refReturn switch
    {
        Model.RefReturn.Ref => "ref ",
        Model.RefReturn.RefReadOnly => "ref readonly ",
        _ => string.Empty,
    };
}
