using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>What a canonical type's shim carries, read for its shape, and what it cannot carry.</summary>
/// <param name="Facade">What a facade mirrors and forwards (facade shapes only).</param>
/// <param name="SubclassConstructors">The constructors a subclass shim mirrors (subclass shapes only).</param>
/// <param name="StaticMembers">The static members a static forwarder forwards, or a subclass shim redeclares.</param>
/// <param name="Gaps">The members the shim cannot carry as old binaries and callers expect them.</param>
internal sealed record ShimMembers(
    FacadeModel? Facade,
    EquatableArray<ConstructorModel> SubclassConstructors,
    EquatableArray<MemberModel> StaticMembers,
    EquatableArray<ForwardingGap> Gaps)
{
    public static readonly ShimMembers None = new(null, EquatableArray<ConstructorModel>.Empty, EquatableArray<MemberModel>.Empty, EquatableArray<ForwardingGap>.Empty);
}
