using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// The explicit interface implementations a facade restates: those of the canonical type's interfaces that no public
/// forwarded member implements implicitly.
/// </summary>
internal sealed partial class MemberReader
{
    private static bool HasStaticAbstractMembers(INamedTypeSymbol @interface) =>
        @interface.GetMembers().Any(m => m.IsStatic && (m.IsAbstract || m.IsVirtual));

    private IEnumerable<MemberModel> ReadExplicitImplementations(INamedTypeSymbol @interface, HashSet<ISymbol> forwarded)
    {
        string interfaceName = _types.Read(@interface, byValue: false)!.Text;
        SignatureTypes plain = _types.WithoutFacade().In(@interface);
        foreach (ISymbol member in @interface.GetMembers())
        {
            if (member.IsStatic || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            {
                continue;
            }

            ISymbol? implementation = _type.FindImplementationForInterfaceMember(member);
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
}
