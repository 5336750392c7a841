using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>Decides which members of a canonical type a shim forwards, and reads them into the model.</summary>
internal static class MemberCollector
{
    /// <summary>The name of the facade's field that holds the canonical instance; a member of that name is not forwarded.</summary>
    public const string CanonicalField = "_canonical";

    /// <summary>The facade's own private members: a canonical member of such a name is not forwarded.</summary>
    private static readonly string[] ReservedNames = [CanonicalField, "s_facades", "SsotForwardedHandlers"];

    /// <summary>The prefixes of the facade's own per-member private members.</summary>
    private static readonly string[] ReservedPrefixes = ["_handlersOf", "SsotInit"];

    public static FacadeModel ReadFacade(INamedTypeSymbol type, IReadOnlyCollection<string> shimNames, CancellationToken cancellationToken)
    {
        FacadeTypeRenderer types = FacadeTypeRenderer.For(type);
        List<MemberModel> members = ReadMembers(type, shimNames, includeInstance: true, types, cancellationToken, out HashSet<ISymbol> forwarded);
        var interfaces = new List<string>();
        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsVisible(@interface) || HasStaticAbstractMembers(@interface) || !SignatureIsVisible(@interface))
            {
                continue;
            }

            interfaces.Add(@interface.ToFullyQualified());
            members.AddRange(ReadExplicitImplementations(type, @interface, forwarded));
        }

        List<ConstructorModel> constructors = type.InstanceConstructors
            // A struct's implicit parameterless constructor is the facade's own; an explicit one is mirrored.
            .Where(c => !(c.IsImplicitlyDeclared && type.TypeKind == TypeKind.Struct))
            .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
            .Where(c => c.Parameters.All(p => SignatureIsVisible(p.Type)))
            .Where(c => !HasRequiredMembers(type) || SetsRequiredMembers(c))
            .Select(c => new ConstructorModel(
                c.DeclaredAccessibility == Accessibility.Public ? "public" : "internal",
                SignatureReader.ReadParameters(c.Parameters, types: types),
                c.GetDocumentationCommentId() ?? string.Empty,
                SignatureReader.ReadMemberAttributes(c)))
            .ToList();

        return new FacadeModel(
            type.TypeKind == TypeKind.Struct,
            interfaces.ToEquatableArray(),
            constructors.ToEquatableArray(),
            members.ToEquatableArray());
    }

    public static EquatableArray<MemberModel> ReadStaticMembers(INamedTypeSymbol type, IReadOnlyCollection<string> shimNames, CancellationToken cancellationToken) =>
        ReadMembers(type, shimNames, includeInstance: false, FacadeTypeRenderer.Plain, cancellationToken, out _).ToEquatableArray();

    public static EquatableArray<ConstructorModel> ReadSubclassConstructors(INamedTypeSymbol type) =>
        type.InstanceConstructors
            .Where(c => !(c.IsImplicitlyDeclared && c.Parameters.Length == 1))
            .Where(c => c.DeclaredAccessibility is not (Accessibility.Private or Accessibility.NotApplicable))
            .Where(c => c.Parameters.All(p => SignatureIsVisible(p.Type)))
            .Select(c => new ConstructorModel(
                AccessibilityText(c.DeclaredAccessibility),
                SignatureReader.ReadParameters(c.Parameters),
                c.GetDocumentationCommentId() ?? string.Empty,
                SignatureReader.ReadMemberAttributes(c)))
            .ToEquatableArray();

    private static List<MemberModel> ReadMembers(
        INamedTypeSymbol type,
        IReadOnlyCollection<string> shimNames,
        bool includeInstance,
        FacadeTypeRenderer types,
        CancellationToken cancellationToken,
        out HashSet<ISymbol> forwarded)
    {
        var result = new List<MemberModel>();
        var seen = new HashSet<string>();
        forwarded = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        // Most-derived first, so an override or a 'new' member hides what it replaces.
        for (INamedTypeSymbol? current = type; current is not null && !IsRootType(current); current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!includeInstance && !member.IsStatic)
                {
                    continue;
                }

                if (!IsForwardable(member, shimNames))
                {
                    continue;
                }

                types.Reset();
                MemberModel? model = ReadMember(member, type.IsStatic, types);
                if (model is null || !seen.Add(SignatureKey(model)))
                {
                    continue;
                }

                // A member that takes or returns the facade no longer implements an interface member implicitly.
                if (!types.Substituted)
                {
                    forwarded.Add(member);
                }

                result.Add(model);
            }
        }

        return result;
    }

    /// <summary>Whether the type (or a base) has <c>required</c> members, which a constructor call alone cannot set.</summary>
    public static bool HasRequiredMembers(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true }))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SetsRequiredMembers(IMethodSymbol constructor) =>
        constructor.GetAttributes().Any(a => a.AttributeClass?.Name == "SetsRequiredMembersAttribute");

    private static bool IsRootType(INamedTypeSymbol type) =>
        type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum;

    private static bool IsForwardable(ISymbol member, IReadOnlyCollection<string> shimNames)
    {
        if (member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
        {
            return false;
        }

        if (member.IsImplicitlyDeclared && member is not IMethodSymbol { Name: "Deconstruct" or "Equals" } and not IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator })
        {
            return false;
        }

        // A member named like the shim would be a member named like its enclosing type (CS0542).
        if (shimNames.Contains(member.Name) || IsReserved(member.Name))
        {
            return false;
        }

        return member switch
        {
            IMethodSymbol method => (method.MethodKind == MethodKind.Ordinary || method.MethodKind == MethodKind.UserDefinedOperator && OperatorToken(method.Name) is not null)
                && !IsObjectOverride(method) && SignatureIsVisible(method),
            IPropertySymbol property => !property.IsIndexer || property.Parameters.All(p => SignatureIsVisible(p.Type)),
            IEventSymbol => true,
            IFieldSymbol field => field.CanBeReferencedByName && !field.IsFixedSizeBuffer,
            _ => false,
        } && MemberTypeIsVisible(member);
    }

    private static bool IsReserved(string name)
    {
        foreach (string reserved in ReservedNames)
        {
            if (name == reserved)
            {
                return true;
            }
        }

        foreach (string prefix in ReservedPrefixes)
        {
            if (name.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsObjectOverride(IMethodSymbol method) =>
        (method.Name == "Equals" && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_Object)
        || (method.Name is "GetHashCode" or "ToString" && method.Parameters.Length == 0 && !method.IsStatic)
        || (method.Name == "Finalize" && method.Parameters.Length == 0);

    private static bool MemberTypeIsVisible(ISymbol member) => member switch
    {
        IMethodSymbol method => SignatureIsVisible(method.ReturnType),
        IPropertySymbol property => SignatureIsVisible(property.Type),
        IEventSymbol @event => SignatureIsVisible(@event.Type),
        IFieldSymbol field => SignatureIsVisible(field.Type),
        _ => false,
    };

    private static bool SignatureIsVisible(IMethodSymbol method) =>
        method.Parameters.All(p => SignatureIsVisible(p.Type))
        && method.TypeParameters.All(t => t.ConstraintTypes.All(SignatureIsVisible));

    /// <summary>Whether generated code outside the canonical type can name this type (no private nested types, no pointers).</summary>
    private static bool SignatureIsVisible(ITypeSymbol type) => type switch
    {
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => false,
        IArrayTypeSymbol array => SignatureIsVisible(array.ElementType),
        INamedTypeSymbol named => IsVisible(named) && named.TypeArguments.All(SignatureIsVisible),
        _ => true,
    };

    private static bool IsVisible(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasStaticAbstractMembers(INamedTypeSymbol @interface) =>
        @interface.GetMembers().Any(m => m.IsStatic && (m.IsAbstract || m.IsVirtual));

    private static MemberModel? ReadMember(ISymbol member, bool isStaticType, FacadeTypeRenderer types)
    {
        MemberModel? model = ReadMemberShape(member, isStaticType, types);
        return model is not null && SignatureReader.ReadExperimentalId(member) is { Length: > 0 } experimental
            ? model with { ExperimentalId = experimental }
            : model;
    }

    private static MemberModel? ReadMemberShape(ISymbol member, bool isStaticType, FacadeTypeRenderer types)
    {
        string accessibility = member.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";
        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } @operator:
                EquatableArray<ParameterModel> operands = SignatureReader.ReadParameters(@operator.Parameters, types: types);

                // An operator must take its declaring type: one that takes the canonical type only through Nullable<T> cannot move.
                return types.Substituted
                    ? new MemberModel(
                        MemberKind.Operator,
                        OperatorToken(@operator.Name)!,
                        "public",
                        IsStatic: true,
                        types.Render(@operator.ReturnType, byValue: true),
                        string.Empty,
                        operands,
                        EquatableArray<TypeParameterModel>.Empty,
                        Getter: null,
                        Setter: null,
                        SetterKeyword: "set",
                        ExplicitInterface: null,
                        Attributes: SignatureReader.ReadMemberAttributes(member),
                        SenderArity: 0,
                        DocumentationId: member.GetDocumentationCommentId() ?? string.Empty,
                        IsReadOnly: false)
                    : null;

            case IMethodSymbol method:
                return new MemberModel(
                    MemberKind.Method,
                    TypeDisplay.Escape(method.Name),
                    accessibility,
                    method.IsStatic,
                    types.Render(method.ReturnType, byValue: !method.ReturnsByRef && !method.ReturnsByRefReadonly),
                    RefText(method.ReturnsByRef, method.ReturnsByRefReadonly),
                    SignatureReader.ReadParameters(method.Parameters, isStaticType && method.IsExtensionMethod, types),
                    SignatureReader.ReadTypeParameters(method.TypeParameters),
                    Getter: null,
                    Setter: null,
                    SetterKeyword: "set",
                    ExplicitInterface: null,
                    Attributes: SignatureReader.ReadMemberAttributes(member) + SignatureReader.ReadReturnAttributes(method),
                    SenderArity: 0,
                    DocumentationId: member.GetDocumentationCommentId() ?? string.Empty,
                    IsReadOnly: method.IsReadOnly);

            case IPropertySymbol property:
                return new MemberModel(
                    property.IsIndexer ? MemberKind.Indexer : MemberKind.Property,
                    property.IsIndexer ? "this" : TypeDisplay.Escape(property.Name),
                    accessibility,
                    property.IsStatic,
                    types.Render(property.Type, byValue: !property.ReturnsByRef && !property.ReturnsByRefReadonly),
                    RefText(property.ReturnsByRef, property.ReturnsByRefReadonly),
                    SignatureReader.ReadParameters(property.Parameters, types: types),
                    EquatableArray<TypeParameterModel>.Empty,
                    AccessorText(property.GetMethod, member.DeclaredAccessibility),
                    property.ReturnsByRef ? null : AccessorText(property.SetMethod, member.DeclaredAccessibility),
                    property.SetMethod?.IsInitOnly == true ? "init" : "set",
                    ExplicitInterface: null,
                    Attributes: SignatureReader.ReadMemberAttributes(member),
                    SenderArity: 0,
                    DocumentationId: member.GetDocumentationCommentId() ?? string.Empty,
                    IsReadOnly: property.GetMethod?.IsReadOnly == true && (property.SetMethod is null || property.SetMethod.IsReadOnly));

            case IEventSymbol @event:
                return new MemberModel(
                    MemberKind.Event,
                    TypeDisplay.Escape(@event.Name),
                    accessibility,
                    @event.IsStatic,
                    @event.Type.ToFullyQualified(),
                    string.Empty,
                    EquatableArray<ParameterModel>.Empty,
                    EquatableArray<TypeParameterModel>.Empty,
                    Getter: null,
                    Setter: null,
                    SetterKeyword: "set",
                    ExplicitInterface: null,
                    Attributes: SignatureReader.ReadMemberAttributes(member),
                    SenderArity: @event.IsStatic || !types.IsClassFacade ? 0 : SenderArity(@event.Type),
                    DocumentationId: member.GetDocumentationCommentId() ?? string.Empty,
                    IsReadOnly: false);

            case IFieldSymbol field:
                // Fields become properties (a constant stays a constant): a field cannot forward.
                return new MemberModel(
                    field.IsConst ? MemberKind.Constant : MemberKind.Property,
                    TypeDisplay.Escape(field.Name),
                    accessibility,
                    field.IsStatic || field.IsConst,
                    field.IsConst ? field.Type.ToFullyQualified() : types.Render(field.Type, byValue: true),
                    string.Empty,
                    EquatableArray<ParameterModel>.Empty,
                    EquatableArray<TypeParameterModel>.Empty,
                    Getter: string.Empty,
                    Setter: field.IsReadOnly || field.IsConst ? null : string.Empty,
                    SetterKeyword: "set",
                    ExplicitInterface: null,
                    Attributes: SignatureReader.ReadMemberAttributes(member),
                    SenderArity: 0,
                    DocumentationId: member.GetDocumentationCommentId() ?? string.Empty,
                    IsReadOnly: field.IsReadOnly);
        }

        return null;
    }

    private static IEnumerable<MemberModel> ReadExplicitImplementations(INamedTypeSymbol type, INamedTypeSymbol @interface, HashSet<ISymbol> forwarded)
    {
        string interfaceName = @interface.ToFullyQualified();
        foreach (ISymbol member in @interface.GetMembers())
        {
            if (member.IsStatic || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            {
                continue;
            }

            ISymbol? implementation = type.FindImplementationForInterfaceMember(member);
            if (implementation is null)
            {
                // A default interface member the canonical type does not override: the facade inherits it too.
                continue;
            }

            // A public forwarded member with the implementation's signature implements the interface member implicitly.
            if (implementation.DeclaredAccessibility == Accessibility.Public && forwarded.Contains(implementation))
            {
                continue;
            }

            // A generic method is written from the implementation: its type parameter names cannot hide the type's own.
            MemberModel? model = member is IMethodSymbol { IsGenericMethod: true } && implementation is IMethodSymbol implementingMethod
                ? ReadMember(implementingMethod, isStaticType: false, FacadeTypeRenderer.Plain) is { } implemented
                    ? implemented with { Name = TypeDisplay.Escape(member.Name) }
                    : null
                : ReadMember(member, isStaticType: false, FacadeTypeRenderer.Plain);
            if (model is null)
            {
                continue;
            }

            yield return model with
            {
                Accessibility = string.Empty,
                ExplicitInterface = interfaceName,
                Getter = model.Getter is null ? null : string.Empty,
                Setter = model.Setter is null ? null : string.Empty,
                TypeParameters = model.TypeParameters.Select(ExplicitConstraints).ToEquatableArray(),
                IsReadOnly = false,
            };
        }
    }

    // An explicit implementation restates only 'class' and 'struct' constraints.
    private static TypeParameterModel ExplicitConstraints(TypeParameterModel typeParameter)
    {
        string constraints = typeParameter.Constraints.StartsWith("class", System.StringComparison.Ordinal) ? "class"
            : typeParameter.Constraints.StartsWith("struct", System.StringComparison.Ordinal)
              || typeParameter.Constraints.StartsWith("unmanaged", System.StringComparison.Ordinal) ? "struct"
            : string.Empty;
        return typeParameter with { Constraints = constraints };
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
    private static string? OperatorToken(string metadataName) => metadataName switch
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

    private static string RefText(bool byRef, bool byRefReadonly) =>
        byRefReadonly ? "ref readonly " : byRef ? "ref " : string.Empty;

    /// <summary>The accessor's own accessibility prefix: empty when it matches the member, <see langword="null"/> when it is not forwarded.</summary>
    private static string? AccessorText(IMethodSymbol? accessor, Accessibility memberAccessibility)
    {
        if (accessor is null || accessor.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
        {
            return null;
        }

        Accessibility effective = accessor.DeclaredAccessibility == Accessibility.ProtectedOrInternal ? Accessibility.Internal : accessor.DeclaredAccessibility;
        Accessibility member = memberAccessibility == Accessibility.ProtectedOrInternal ? Accessibility.Internal : memberAccessibility;
        return effective == member ? string.Empty : "internal ";
    }

    private static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };

    private static string SignatureKey(MemberModel member)
    {
        var key = new System.Text.StringBuilder();
        switch (member.Kind)
        {
            case MemberKind.Method:
                key.Append("M:").Append(member.Name).Append('`').Append(member.TypeParameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('(');
                AppendParameterTypes(key, member.Parameters, withModifiers: true);
                return key.Append(')').ToString();
            case MemberKind.Indexer:
                key.Append("I:(");
                AppendParameterTypes(key, member.Parameters, withModifiers: false);
                return key.Append(')').ToString();
            case MemberKind.Operator:
                key.Append("O:").Append(member.Name).Append('(');
                AppendParameterTypes(key, member.Parameters, withModifiers: false);
                return key.Append(')').ToString();
            default:
                return "P:" + member.Name;
        }
    }

    private static void AppendParameterTypes(System.Text.StringBuilder key, EquatableArray<ParameterModel> parameters, bool withModifiers)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            if (i > 0)
            {
                key.Append(',');
            }

            key.Append(withModifiers ? parameters[i].ArgumentModifier : string.Empty).Append(parameters[i].Type);
        }
    }
}
