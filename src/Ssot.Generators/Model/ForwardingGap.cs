namespace Ssot.Generators.Model;

/// <summary>A member of the canonical type a shim cannot carry as an old binary or caller expects it, and why.</summary>
/// <param name="Member">The member's name as messages write it.</param>
/// <param name="DocumentationId">The member's documentation ID, to find it again (the analyzer reports at its declaration).</param>
/// <param name="Reason">What cannot be forwarded.</param>
/// <param name="Detail">What the message needs beyond the member (the type that cannot be named, the operator).</param>
internal sealed record ForwardingGap(string Member, string DocumentationId, GapReason Reason, string Detail);

internal enum GapReason
{
    /// <summary>An instance field: forwarded as a property, so binaries that read or write the field fail.</summary>
    InstanceField,

    /// <summary>A static field that is not read-only: a shim cannot share its storage, so binaries that use the field fail.</summary>
    MutableStaticField,

    /// <summary>Its signature names a type generated code outside the canonical type cannot name.</summary>
    UnnameableType,

    /// <summary>An operator a shim cannot declare (conversions, <c>++</c>, <c>--</c>, <c>true</c>, <c>false</c>).</summary>
    Operator,

    /// <summary>A member named like the legacy type: a type's member cannot share its name.</summary>
    NamedLikeShim,

    /// <summary>It hides a member of <see cref="object"/> (<c>new Type GetType()</c>): the shim keeps object's own.</summary>
    HidesObjectMember,
}
