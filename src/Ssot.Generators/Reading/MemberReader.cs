using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Decides which members of a canonical type its shim carries, reads them into the model, and records the members it
/// cannot carry as old binaries and callers expect (so the analyzer can say what breaks).
/// </summary>
internal sealed partial class MemberReader
{
    private readonly INamedTypeSymbol _type;
    private readonly ShimShape _shape;
    private readonly IReadOnlyCollection<string> _shimNames;
    private readonly SignatureTypes _types;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ForwardingGap> _gaps = [];

    private MemberReader(INamedTypeSymbol type, ShimShape shape, IReadOnlyCollection<string> shimNames, SignatureTypes types, CancellationToken cancellationToken)
    {
        _type = type;
        _shape = shape;
        _shimNames = shimNames;
        _types = types;
        _cancellationToken = cancellationToken;
    }

    /// <summary>What the shim of the given shape carries.</summary>
    public static ShimMembers Read(
        INamedTypeSymbol type,
        ShimShape shape,
        IReadOnlyCollection<string> shimNames,
        TypeDisplay display,
        LegacyTypeResolver legacy,
        CancellationToken cancellationToken)
    {
        switch (shape)
        {
            case ShimShape.Facade:
                var facade = new MemberReader(type, shape, shimNames, SignatureTypes.ForFacade(type, display, legacy), cancellationToken);
                return new ShimMembers(facade.ReadFacade(), EquatableArray<ConstructorModel>.Empty, EquatableArray<MemberModel>.Empty, facade.Gaps);
            case ShimShape.StaticForwarder:
                var forwarder = new MemberReader(type, shape, shimNames, SignatureTypes.Plain(display, legacy).In(type), cancellationToken);
                return new ShimMembers(null, EquatableArray<ConstructorModel>.Empty, forwarder.ReadMembers(includeInstance: false, out _).ToEquatableArray(), forwarder.Gaps);
            case ShimShape.Subclass:
                // Old binaries reach static members through the legacy name: the subclass redeclares them.
                var subclass = new MemberReader(type, shape, shimNames, SignatureTypes.Plain(display, legacy).In(type), cancellationToken);
                return new ShimMembers(null, subclass.ReadSubclassConstructors(), subclass.ReadMembers(includeInstance: false, out _).ToEquatableArray(), subclass.Gaps);
            default:
                return ShimMembers.None;
        }
    }

    private EquatableArray<ForwardingGap> Gaps => _gaps.ToEquatableArray();

    private List<MemberModel> ReadMembers(bool includeInstance, out HashSet<ISymbol> forwarded)
    {
        var result = new List<MemberModel>();
        var seen = new HashSet<string>();
        var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        forwarded = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        // Most-derived first, so an override or a 'new' member hides what it replaces.
        for (INamedTypeSymbol? current = _type; current is not null && !IsRootType(current); current = current.BaseType)
        {
            SignatureTypes types = _types.In(current);
            foreach (ISymbol member in current.GetMembers())
            {
                _cancellationToken.ThrowIfCancellationRequested();

                // An overridden member is the override, read already (and any gap of it recorded once).
                if (overridden.Contains(member))
                {
                    continue;
                }

                if (OverriddenBy(member) is { } baseMember)
                {
                    overridden.Add(baseMember);
                }

                if (!includeInstance && !member.IsStatic)
                {
                    RecordInheritedInstanceField(member);
                    continue;
                }

                if (!IsForwardable(member, types))
                {
                    continue;
                }

                MemberModel? model = MemberModelReader.Read(member, _type.IsStatic, types);
                if (model is null && member is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } @operator)
                {
                    // An operator must take the type that declares it: one that takes the canonical type only through
                    // Nullable<T>, or any operator a subclass would redeclare (it takes the canonical type), cannot move.
                    AddGap(member, GapReason.Operator, @operator.Name);
                }

                if (model is null || !seen.Add(MemberSignature.KeyOf(model)))
                {
                    continue;
                }

                // A member that takes or returns the facade no longer implements an interface member implicitly.
                if (!MemberSignature.MentionsSelf(model))
                {
                    forwarded.Add(member);
                }

                result.Add(model);
            }
        }

        return result;
    }

    /// <summary>Whether the shim carries the member; a member it cannot carry as expected is recorded as a gap.</summary>
    private bool IsForwardable(ISymbol member, SignatureTypes types)
    {
        if (member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
        {
            return false;
        }

        if (member.IsImplicitlyDeclared && member is not IMethodSymbol { Name: "Deconstruct" or "Equals" } and not IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator })
        {
            return false;
        }

        // Nested types are not forwarded (a subclass inherits them).
        if (member is ITypeSymbol)
        {
            return false;
        }

        // A member named like the shim would be a member named like its enclosing type (CS0542).
        if (_shimNames.Contains(member.Name))
        {
            AddGapUnlessInherited(member, GapReason.NamedLikeShim, member.Name);
            return false;
        }

        switch (member)
        {
            // A record facade or subclass is a record too, and declares its own equality operators, which call its Equals.
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator, Name: "op_Equality" or "op_Inequality" } when IsRecordFacade || (_shape == ShimShape.Subclass && _type.IsRecord):
                return false;
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } @operator
                when MemberModelReader.OperatorToken(@operator.Name) is null:
                AddGap(member, GapReason.Operator, @operator.Name);
                return false;
            case IMethodSymbol method when method.MethodKind is not (MethodKind.Ordinary or MethodKind.UserDefinedOperator) || IsObjectOverride(method):
                return false;
            case IFieldSymbol { CanBeReferencedByName: false }:
                return false;
        }

        // Forwarding 'new Type GetType()' or a public 'new object MemberwiseClone()' would hide object's member on the
        // shim too (CS0108) and change what it means there: the shim keeps object's own.
        if (HiddenObjectMember(member) is { } hidden)
        {
            AddGapUnlessInherited(member, GapReason.HidesObjectMember, hidden.ToReadable());
            return false;
        }

        if (SignatureTypesOf(member).FirstOrDefault(t => !types.CanName(t)) is { } unnameable)
        {
            AddGapUnlessInherited(member, GapReason.UnnameableType, unnameable.ToDisplayString());
            return false;
        }

        // A field cannot forward: a facade or forwarder carries it as a property, which source callers cannot tell apart
        // but binaries that read the field can. A static read-only field is copied into one; a constant stays constant.
        if (member is IFieldSymbol { IsConst: false } field)
        {
            if (!field.IsStatic)
            {
                AddGap(member, GapReason.InstanceField, string.Empty);
            }
            else if (!field.IsReadOnly)
            {
                AddGap(member, GapReason.MutableStaticField, string.Empty);

                // A subclass shares the field it inherits: redeclaring it would split its storage.
                return _shape != ShimShape.Subclass;
            }
        }

        return true;
    }

    /// <summary>
    /// A subclass inherits the instance fields, which serves source callers, but binaries compiled against the old type
    /// name the field on it, and the runtime does not look for fields in base types; redeclaring one would split it.
    /// </summary>
    private void RecordInheritedInstanceField(ISymbol member)
    {
        if (_shape == ShimShape.Subclass
            && member is IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false, CanBeReferencedByName: true } field
            && field.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.Protected or Accessibility.ProtectedOrInternal)
        {
            AddGap(member, GapReason.InstanceField, string.Empty);
        }
    }

    private static ISymbol? OverriddenBy(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    /// <summary>Whether the shim is the facade of a record class, which is a record itself so that <c>with</c> works on it.</summary>
    private bool IsRecordFacade => _shape == ShimShape.Facade && _type is { IsRecord: true, TypeKind: TypeKind.Class };

    private static IEnumerable<ITypeSymbol> SignatureTypesOf(ISymbol member) => member switch
    {
        IMethodSymbol method => method.Parameters.Select(p => p.Type).Concat(method.TypeParameters.SelectMany(t => t.ConstraintTypes)).Concat([method.ReturnType]),
        IPropertySymbol property => property.Parameters.Select(p => p.Type).Concat([property.Type]),
        IEventSymbol @event => [@event.Type],
        IFieldSymbol field => [field.Type],
        _ => [],
    };

    private string UnnameableIn(IEnumerable<ITypeSymbol> types) => types.FirstOrDefault(t => !_types.CanName(t))?.ToDisplayString() ?? string.Empty;

    /// <summary>
    /// Records a gap, unless a subclass shim inherits what it does not redeclare whole: source callers find an inherited
    /// member through the legacy name, and binaries do too, except a field (the runtime finds no field in a base type)
    /// and an operator (its signature names the type it is declared in).
    /// </summary>
    private void AddGapUnlessInherited(ISymbol member, GapReason reason, string detail)
    {
        if (_shape != ShimShape.Subclass
            || member is IFieldSymbol { IsConst: false } or IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion })
        {
            AddGap(member, reason, detail);
        }
    }

    private void AddGap(ISymbol member, GapReason reason, string detail) =>
        _gaps.Add(new ForwardingGap(member.ToReadable(), member.GetDocumentationCommentId() ?? string.Empty, reason, detail));

    /// <summary>
    /// The member of <see cref="object"/> that <paramref name="member"/> hides: a method of the same signature, or any
    /// member of its name for a property, field or event. Overloads hide nothing.
    /// </summary>
    private ISymbol? HiddenObjectMember(ISymbol member)
    {
        INamedTypeSymbol? root = _type;
        while (root.BaseType is { } baseType)
        {
            root = baseType;
        }

        return root.SpecialType != SpecialType.System_Object
            ? null
            : root.GetMembers(member.Name).FirstOrDefault(o =>
                o.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected
                && (member is not IMethodSymbol method || (o is IMethodSymbol objectMethod && SameSignature(method, objectMethod))));
    }

    private static bool SameSignature(IMethodSymbol method, IMethodSymbol other) =>
        method.MethodKind == MethodKind.Ordinary
        && method.TypeParameters.Length == other.TypeParameters.Length
        && method.Parameters.Length == other.Parameters.Length
        && method.Parameters.Zip(other.Parameters, (a, b) => a.RefKind == b.RefKind && SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same);

    private static bool IsRootType(INamedTypeSymbol type) =>
        type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum;

    private static bool IsObjectOverride(IMethodSymbol method) =>
        (method.Name == "Equals" && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_Object)
        || (method.Name is "GetHashCode" or "ToString" && method.Parameters.Length == 0 && !method.IsStatic)
        || (method.Name == "Finalize" && method.Parameters.Length == 0);

    public static Access AccessOf(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => Access.Public,
        Accessibility.Internal => Access.Internal,
        Accessibility.Protected => Access.Protected,
        Accessibility.ProtectedOrInternal => Access.ProtectedInternal,
        _ => Access.PrivateProtected,
    };
}
