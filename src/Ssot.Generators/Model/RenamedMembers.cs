using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>
/// The forwarders a canonical type's <c>[LegacyName]</c> members get: each is the member's model under its legacy name,
/// with <see cref="MemberHead.Target"/> naming the member it calls.
/// </summary>
/// <param name="InShim">The forwarders the shim declares, read with the shim's signature types.</param>
/// <param name="Extensions">
/// The instance methods that code reaching the canonical type itself (through the alias) calls as extension methods,
/// read with the canonical type's own signature types.
/// </param>
/// <param name="CanonicalDisplay">The canonical type as messages write it.</param>
internal sealed record RenamedMembers(EquatableArray<MemberModel> InShim, EquatableArray<MemberModel> Extensions, string CanonicalDisplay)
{
    /// <summary>The obsolete message of a forwarder under a legacy name.</summary>
    public string MessageOf(MemberHead head) =>
        "'" + head.Name.TrimStart('@') + "' is the old name of '" + CanonicalDisplay + "." + head.CallName.TrimStart('@') + "': use '" + head.CallName.TrimStart('@') + "' instead.";
}
