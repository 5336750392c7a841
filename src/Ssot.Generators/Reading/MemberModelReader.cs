using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Reads one member of a canonical type into the model of its kind.</summary>
internal static class MemberModelReader
{
    /// <summary>The model of one member; <see langword="null"/> for an operator that does not take the canonical type.</summary>
    public static MemberModel? Read(ISymbol member, bool isStaticType, SignatureTypes types)
    {
        TypeDisplay display = types.Display;
        var head = new MemberHead(
            Identifier.Escape(member.Name),
            member.DeclaredAccessibility == Accessibility.Public ? Access.Public : Access.Internal,
            member.IsStatic,
            member.GetDocumentationCommentId() ?? string.Empty,
            AttributeReader.ReadMember(member, display),
            AttributeReader.ReadExperimentalId(member),
            ExplicitInterface: null,
            IsRequired: member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true });

        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } @operator:
                // An operator must take its declaring type: one that takes the canonical type only through Nullable<T> cannot move.
                return SignatureReader.ReadParameters(@operator.Parameters, types, inByValue: true) is { } operands && operands.Any(p => p.Type.IsSelf)
                    && types.Read(@operator.ReturnType, byValue: true) is { } operatorResult
                    ? new OperatorModel(head with { Name = OperatorToken(@operator.Name)!, Access = Access.Public, IsStatic = true }, operatorResult, operands)
                    : null;

            case IMethodSymbol method:
                return types.Read(method.ReturnType, byValue: !method.ReturnsByRef && !method.ReturnsByRefReadonly) is { } returnType
                    && SignatureReader.ReadParameters(method.Parameters, types, isExtension: isStaticType && method.IsExtensionMethod) is { } parameters
                    && SignatureReader.ReadTypeParameters(method.TypeParameters, types) is { } typeParameters
                    ? new MethodModel(
                        head,
                        returnType,
                        RefReturnOf(method.ReturnsByRef, method.ReturnsByRefReadonly),
                        parameters,
                        typeParameters,
                        AttributeReader.ReadReturn(method, display))
                    : null;

            case IPropertySymbol property:
                return types.Read(property.Type, byValue: !property.ReturnsByRef && !property.ReturnsByRefReadonly) is { } propertyType
                    && SignatureReader.ReadParameters(property.Parameters, types) is { } indexerParameters
                    ? new PropertyModel(
                        property.IsIndexer ? head with { Name = "this" } : head,
                        propertyType,
                        RefReturnOf(property.ReturnsByRef, property.ReturnsByRefReadonly),
                        property.IsIndexer,
                        indexerParameters,
                        AccessorOf(property.GetMethod, member.DeclaredAccessibility),
                        property.ReturnsByRef ? AccessorAccess.None : AccessorOf(property.SetMethod, member.DeclaredAccessibility),
                        property.SetMethod?.IsInitOnly == true)
                    : null;

            case IEventSymbol @event:
                return types.Read(@event.Type, byValue: false) is { } eventType
                    ? new EventModel(head, eventType, @event.IsStatic || !types.IsClassFacade ? 0 : SenderArity(@event.Type))
                    : null;

            case IFieldSymbol field:
                return types.Read(field.Type, byValue: !field.IsConst) is { } fieldType
                    ? new FieldModel(head with { IsStatic = field.IsStatic || field.IsConst }, fieldType, field.IsConst, field.IsReadOnly)
                    : null;
        }

        return null;
    }

    /// <summary>
    /// The parameter count of an event's handlers when the first is an <c>object</c> sender (EventHandler and its
    /// kin), all by value and returning nothing; 0 when handlers do not take a sender that way.
    /// </summary>
    private static int SenderArity(ITypeSymbol eventType) =>
        eventType is INamedTypeSymbol { DelegateInvokeMethod: { ReturnsVoid: true, Parameters: { Length: > 0 } parameters } }
        && parameters[0].Type.SpecialType == SpecialType.System_Object
        && parameters.All(p => p.RefKind == RefKind.None)
            ? parameters.Length
            : 0;

    /// <summary>The C# token of an operator the facade can forward; <see langword="null"/> for the rest (++, --, true, false, checked).</summary>
    public static string? OperatorToken(string metadataName) => metadataName switch
    {
        "op_Addition" or "op_UnaryPlus" => "+",
        "op_Subtraction" or "op_UnaryNegation" => "-",
        "op_Multiply" => "*",
        "op_Division" => "/",
        "op_Modulus" => "%",
        "op_BitwiseAnd" => "&",
        "op_BitwiseOr" => "|",
        "op_ExclusiveOr" => "^",
        "op_LeftShift" => "<<",
        "op_RightShift" => ">>",
        "op_UnsignedRightShift" => ">>>",
        "op_Equality" => "==",
        "op_Inequality" => "!=",
        "op_LessThan" => "<",
        "op_GreaterThan" => ">",
        "op_LessThanOrEqual" => "<=",
        "op_GreaterThanOrEqual" => ">=",
        "op_LogicalNot" => "!",
        "op_OnesComplement" => "~",
        _ => null,
    };

    private static RefReturn RefReturnOf(bool byRef, bool byRefReadonly) =>
        byRefReadonly ? RefReturn.RefReadOnly : byRef ? RefReturn.Ref : RefReturn.ByValue;

    /// <summary>How the accessor is forwarded: as the member, narrower (internal), or not at all.</summary>
    private static AccessorAccess AccessorOf(IMethodSymbol? accessor, Accessibility memberAccessibility)
    {
        if (accessor is null || accessor.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
        {
            return AccessorAccess.None;
        }

        Accessibility effective = accessor.DeclaredAccessibility == Accessibility.ProtectedOrInternal ? Accessibility.Internal : accessor.DeclaredAccessibility;
        Accessibility member = memberAccessibility == Accessibility.ProtectedOrInternal ? Accessibility.Internal : memberAccessibility;
        return effective == member ? AccessorAccess.AsMember : AccessorAccess.Internal;
    }
}
