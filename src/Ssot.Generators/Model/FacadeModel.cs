using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>What a facade shim mirrors and forwards.</summary>
/// <param name="IsStruct">Whether the canonical type is a struct (the facade is then a struct that holds it).</param>
/// <param name="Interfaces">The interfaces the facade implements, fully qualified.</param>
/// <param name="Constructors">The constructors the facade mirrors.</param>
/// <param name="Members">The members the facade forwards, explicit interface implementations included.</param>
/// <param name="RequiredMembers">
/// The canonical type's <c>required</c> members, escaped, forwarded or not: a facade that constructs the canonical type
/// with <c>new</c> must set each.
/// </param>
internal sealed record FacadeModel(
    bool IsStruct,
    EquatableArray<string> Interfaces,
    EquatableArray<ConstructorModel> Constructors,
    EquatableArray<MemberModel> Members,
    EquatableArray<string> RequiredMembers);
