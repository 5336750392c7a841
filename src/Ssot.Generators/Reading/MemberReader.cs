using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Decides which members of a canonical type a shim forwards, and reads them into the model.</summary>
internal static class MemberReader
{
    public static FacadeModel ReadFacade(INamedTypeSymbol type, IReadOnlyCollection<string> shimNames, TypeDisplay display, CancellationToken cancellationToken)
    {
        SignatureTypes types = SignatureTypes.ForFacade(type, display);
        List<MemberModel> members = ReadMembers(type, shimNames, includeInstance: true, types, cancellationToken, out HashSet<ISymbol> forwarded);
        var interfaces = new List<string>();
        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SymbolVisibility.IsVisible(@interface) || HasStaticAbstractMembers(@interface) || !SymbolVisibility.SignatureIsVisible(@interface))
            {
                continue;
            }

            interfaces.Add(display.FullyQualified(@interface));
            members.AddRange(ReadExplicitImplementations(type, @interface, forwarded, display));
        }

        List<ConstructorModel> constructors = type.InstanceConstructors
            // A struct's implicit parameterless constructor is the facade's own; an explicit one is mirrored.
            .Where(c => !(c.IsImplicitlyDeclared && type.TypeKind == TypeKind.Struct))
            .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
            .Where(c => c.Parameters.All(p => SymbolVisibility.SignatureIsVisible(p.Type)))
            .Where(c => !HasRequiredMembers(type) || SetsRequiredMembers(c))
            .Select(c => new ConstructorModel(
                c.DeclaredAccessibility == Accessibility.Public ? Access.Public : Access.Internal,
                SignatureReader.ReadParameters(c.Parameters, types),
                c.GetDocumentationCommentId() ?? string.Empty,
                AttributeReader.ReadMember(c, display)))
            .ToList();

        return new FacadeModel(
            type.TypeKind == TypeKind.Struct,
            interfaces.ToEquatableArray(),
            constructors.ToEquatableArray(),
            members.ToEquatableArray());
    }

    public static EquatableArray<MemberModel> ReadStaticMembers(INamedTypeSymbol type, IReadOnlyCollection<string> shimNames, TypeDisplay display, CancellationToken cancellationToken) =>
        ReadMembers(type, shimNames, includeInstance: false, SignatureTypes.Plain(display), cancellationToken, out _).ToEquatableArray();

    public static EquatableArray<ConstructorModel> ReadSubclassConstructors(INamedTypeSymbol type, TypeDisplay display)
    {
        SignatureTypes types = SignatureTypes.Plain(display);
        return type.InstanceConstructors
            .Where(c => !(c.IsImplicitlyDeclared && c.Parameters.Length == 1))
            .Where(c => c.DeclaredAccessibility is not (Accessibility.Private or Accessibility.NotApplicable))
            .Where(c => c.Parameters.All(p => SymbolVisibility.SignatureIsVisible(p.Type)))
            .Select(c => new ConstructorModel(
                AccessOf(c.DeclaredAccessibility),
                SignatureReader.ReadParameters(c.Parameters, types),
                c.GetDocumentationCommentId() ?? string.Empty,
                AttributeReader.ReadMember(c, display)))
            .ToEquatableArray();
    }

    private static List<MemberModel> ReadMembers(
        INamedTypeSymbol type,
        IReadOnlyCollection<string> shimNames,
        bool includeInstance,
        SignatureTypes types,
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

                MemberModel? model = MemberModelReader.Read(member, type.IsStatic, types);
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
        if (shimNames.Contains(member.Name) || FacadeNames.IsReserved(member.Name))
        {
            return false;
        }

        return member switch
        {
            IMethodSymbol method => (method.MethodKind == MethodKind.Ordinary || method.MethodKind == MethodKind.UserDefinedOperator && MemberModelReader.OperatorToken(method.Name) is not null)
                && !IsObjectOverride(method) && SymbolVisibility.SignatureIsVisible(method),
            IPropertySymbol property => !property.IsIndexer || property.Parameters.All(p => SymbolVisibility.SignatureIsVisible(p.Type)),
            IEventSymbol => true,
            IFieldSymbol field => field.CanBeReferencedByName && !field.IsFixedSizeBuffer,
            _ => false,
        } && MemberTypeIsVisible(member);
    }

    private static bool IsObjectOverride(IMethodSymbol method) =>
        (method.Name == "Equals" && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_Object)
        || (method.Name is "GetHashCode" or "ToString" && method.Parameters.Length == 0 && !method.IsStatic)
        || (method.Name == "Finalize" && method.Parameters.Length == 0);

    private static bool MemberTypeIsVisible(ISymbol member) => member switch
    {
        IMethodSymbol method => SymbolVisibility.SignatureIsVisible(method.ReturnType),
        IPropertySymbol property => SymbolVisibility.SignatureIsVisible(property.Type),
        IEventSymbol @event => SymbolVisibility.SignatureIsVisible(@event.Type),
        IFieldSymbol field => SymbolVisibility.SignatureIsVisible(field.Type),
        _ => false,
    };

    private static bool HasStaticAbstractMembers(INamedTypeSymbol @interface) =>
        @interface.GetMembers().Any(m => m.IsStatic && (m.IsAbstract || m.IsVirtual));

    private static IEnumerable<MemberModel> ReadExplicitImplementations(INamedTypeSymbol type, INamedTypeSymbol @interface, HashSet<ISymbol> forwarded, TypeDisplay display)
    {
        string interfaceName = display.FullyQualified(@interface);
        SignatureTypes plain = SignatureTypes.Plain(display);
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
                ? MemberModelReader.Read(implementingMethod, isStaticType: false, plain) is { } implemented
                    ? implemented with { Head = implemented.Head with { Name = Identifier.Escape(member.Name) } }
                    : null
                : MemberModelReader.Read(member, isStaticType: false, plain);
            if (model is not null)
            {
                yield return AsExplicit(model, interfaceName);
            }
        }
    }

    private static MemberModel AsExplicit(MemberModel model, string interfaceName)
    {
        MemberHead head = model.Head with { ExplicitInterface = interfaceName };
        return model switch
        {
            MethodModel method => method with { Head = head, TypeParameters = method.TypeParameters.Select(ExplicitConstraints).ToEquatableArray() },
            PropertyModel property => property with
            {
                Head = head,
                Getter = property.Getter == AccessorAccess.None ? AccessorAccess.None : AccessorAccess.AsMember,
                Setter = property.Setter == AccessorAccess.None ? AccessorAccess.None : AccessorAccess.AsMember,
            },
            _ => model with { Head = head },
        };
    }

    // An explicit implementation restates only 'class' and 'struct' constraints.
    private static TypeParameterModel ExplicitConstraints(TypeParameterModel typeParameter) => typeParameter with
    {
        Kind = typeParameter.Kind switch
        {
            TypeConstraintKind.Class or TypeConstraintKind.NullableClass => TypeConstraintKind.Class,
            TypeConstraintKind.Struct or TypeConstraintKind.Unmanaged => TypeConstraintKind.Struct,
            _ => TypeConstraintKind.None,
        },
        Types = EquatableArray<TypeRef>.Empty,
        HasConstructorConstraint = false,
        AllowsRefStruct = false,
    };

    public static Access AccessOf(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => Access.Public,
        Accessibility.Internal => Access.Internal,
        Accessibility.Protected => Access.Protected,
        Accessibility.ProtectedOrInternal => Access.ProtectedInternal,
        _ => Access.PrivateProtected,
    };
}
