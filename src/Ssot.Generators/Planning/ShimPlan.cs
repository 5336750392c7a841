using Ssot.Generators.Helpers;

namespace Ssot.Generators.Planning;

/// <summary>Which legacy names get a shim, and which claims were refused and why.</summary>
/// <param name="Shims">The shims to emit, each with its file's hint name, in ordinal order of legacy names.</param>
/// <param name="Skipped">The refused claims; a claim of <c>Shim = None</c> is neither planned nor refused.</param>
internal sealed record ShimPlan(EquatableArray<PlannedShim> Shims, EquatableArray<ClaimSkip> Skipped)
{
    public static readonly ShimPlan Empty = new(EquatableArray<PlannedShim>.Empty, EquatableArray<ClaimSkip>.Empty);
}

/// <summary>A legacy name that gets a shim, and the hint name of its generated file.</summary>
/// <param name="ApiNamesLegacy">Whether this assembly's public API names the legacy type (recorded for the projects that reference it).</param>
internal sealed record PlannedShim(string LegacyMetadataName, string HintName, bool ApiNamesLegacy);

/// <summary>A claim on a legacy name that gets no shim (nor alias), and why.</summary>
/// <param name="Detail">For <see cref="ClaimSkipReason.ClaimedTwice"/>, the other claimant's metadata name; for a collision, what it collides with.</param>
internal sealed record ClaimSkip(string LegacyMetadataName, string CanonicalMetadataName, ClaimSkipReason Reason, string Detail);

internal enum ClaimSkipReason
{
    /// <summary>Two canonical types claim the name (SSOT1005).</summary>
    ClaimedTwice,

    /// <summary>The shim would be both a namespace and a type, with another shim or with the user's code (SSOT1013).</summary>
    Collision,

    /// <summary>A hand-written type still declares the name (SSOT1006).</summary>
    DeclaredByHand,
}
