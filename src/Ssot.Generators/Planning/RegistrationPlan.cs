using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>The registration methods to emit, and the canonical types that get none and why.</summary>
/// <param name="Entries">One method per canonical type, in ordinal order of metadata names; empty when nothing is emitted.</param>
internal sealed record RegistrationPlan(EquatableArray<RegistrationEntry> Entries, EquatableArray<RegistrationSkip> Skipped)
{
    public static readonly RegistrationPlan Empty = new(EquatableArray<RegistrationEntry>.Empty, EquatableArray<RegistrationSkip>.Empty);
}

/// <summary>
/// A canonical type whose registration is not generated; <paramref name="Detail"/> is its method name, or its lifetime
/// where it cannot be constructed.
/// </summary>
internal sealed record RegistrationSkip(string CanonicalMetadataName, RegistrationSkipReason Reason, string Detail);

internal enum RegistrationSkipReason
{
    /// <summary>The project does not reference Microsoft.Extensions.DependencyInjection (SSOT3001).</summary>
    NoDependencyInjection,

    /// <summary>Two canonical types want one method name (SSOT3005).</summary>
    DuplicateMethodName,

    /// <summary>
    /// The type has no public constructor, the only kind the container calls, so resolving it would throw (SSOT3004
    /// where the attribute sets <c>Lifetime</c>; otherwise the type is simply no service).
    /// </summary>
    NoPublicConstructor,
}
