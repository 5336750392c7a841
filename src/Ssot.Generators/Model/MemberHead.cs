using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>What every forwarded member has, whatever its kind.</summary>
/// <param name="Name">The member name (escaped); <c>this</c> for an indexer, the operator's token for an operator.</param>
/// <param name="Access">"public" or "internal" (a protected internal member is forwarded as internal).</param>
/// <param name="IsStatic">Whether the member is static.</param>
/// <param name="DocumentationId">The canonical member's documentation ID, so the forwarder inherits its docs.</param>
/// <param name="Attributes">Attributes that must travel with the member (<c>[Experimental]</c>).</param>
/// <param name="ExperimentalId">The diagnostic ID of the member's <c>[Experimental]</c>, or empty.</param>
/// <param name="ExplicitInterface">The interface an explicit implementation is for, fully qualified, or <see langword="null"/>.</param>
/// <param name="Target">The canonical member a forwarder under a legacy name (<c>[LegacyName]</c>) calls, or <see langword="null"/> when it calls its own name.</param>
/// <param name="IsRequired">Whether the member is a <c>required</c> property or field, which callers must set when they create the type.</param>
internal sealed record MemberHead(
    string Name,
    Access Access,
    bool IsStatic,
    string DocumentationId,
    EquatableArray<AttributeModel> Attributes,
    string ExperimentalId,
    string? ExplicitInterface,
    bool IsRequired = false,
    string? Target = null)
{
    /// <summary>The name of the canonical member the forwarder calls.</summary>
    public string CallName => Target ?? Name;
}
