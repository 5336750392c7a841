using System.Globalization;
using System.Linq;
using System.Text;
using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>What identifies a forwarded member's signature, so that a member hidden by a more derived one is forwarded once.</summary>
internal static class MemberSignature
{
    /// <summary>A key equal for two members that one type cannot declare both of.</summary>
    public static string KeyOf(MemberModel member)
    {
        var key = new StringBuilder();
        switch (member)
        {
            case MethodModel method:
                key.Append("M:").Append(method.Head.Name).Append('`').Append(method.TypeParameters.Count.ToString(CultureInfo.InvariantCulture)).Append('(');
                AppendParameterTypes(key, method.Parameters, withModifiers: true);
                return key.Append(')').ToString();
            case PropertyModel { IsIndexer: true } indexer:
                key.Append("I:(");
                AppendParameterTypes(key, indexer.Parameters, withModifiers: false);
                return key.Append(')').ToString();
            case OperatorModel @operator:
                key.Append("O:").Append(@operator.Head.Name).Append('(');
                AppendParameterTypes(key, @operator.Parameters, withModifiers: false);
                return key.Append(')').ToString();
            default:
                return "P:" + member.Head.Name;
        }
    }

    /// <summary>Whether the facade stands in for the canonical type anywhere in the member's signature.</summary>
    public static bool MentionsSelf(MemberModel member) => member switch
    {
        MethodModel method => method.ReturnType.IsSelf || method.Parameters.Any(p => p.Type.IsSelf),
        PropertyModel property => property.Type.IsSelf || property.Parameters.Any(p => p.Type.IsSelf),
        OperatorModel @operator => @operator.ReturnType.IsSelf || @operator.Parameters.Any(p => p.Type.IsSelf),
        FieldModel field => field.Type.IsSelf,
        _ => false,
    };

    private static void AppendParameterTypes(StringBuilder key, EquatableArray<ParameterModel> parameters, bool withModifiers)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            if (i > 0)
            {
                key.Append(',');
            }

            if (withModifiers)
            {
                key.Append(parameters[i].RefKind switch
                {
                    ParameterRefKind.Ref => "ref ",
                    ParameterRefKind.Out => "out ",
                    ParameterRefKind.In or ParameterRefKind.RefReadOnly => "in ",
                    _ => string.Empty,
                });
            }

            TypeRef type = parameters[i].Type;
            key.Append(type.IsSelf ? "<self>" + (type.IsNullable ? "?" : string.Empty) : type.Text);
        }
    }
}
