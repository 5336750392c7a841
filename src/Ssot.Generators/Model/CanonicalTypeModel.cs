using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>Everything the emitters need to know about one <c>[Canonical]</c> type: strings, enums and equatable arrays only.</summary>
internal sealed record CanonicalTypeModel(
    TypeName Type,
    CanonicalKind Kind,
    bool IsRecord,
    bool IsPublic,
    EquatableArray<TypeParameterModel> TypeParameters,
    EquatableArray<LegacyTypeModel> LegacyTypes,
    ShimShape Shape,
    ObsoleteModel Obsolete,
    bool Alias,
    RegistrationModel? Registration,
    ShimMembers Members,
    RenamedMembers? Renamed = null)
{
    public FacadeModel? Facade => Members.Facade;

    public EquatableArray<ConstructorModel> SubclassConstructors => Members.SubclassConstructors;

    public EquatableArray<MemberModel> StaticMembers => Members.StaticMembers;
}
