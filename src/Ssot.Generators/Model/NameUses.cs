using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>What the alias rules need to know of how the source uses legacy simple names.</summary>
/// <param name="ReachingShim">Mentions of a legacy simple name where it finds the shim before any alias.</param>
/// <param name="InAliasedSignatures">Public or protected signatures an alias would change.</param>
internal sealed record NameUses(EquatableArray<NameUse> ReachingShim, EquatableArray<NameUse> InAliasedSignatures)
{
    public static readonly NameUses None = new(EquatableArray<NameUse>.Empty, EquatableArray<NameUse>.Empty);
}
