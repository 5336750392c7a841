namespace Ssot.Generators.Model;

/// <summary>A canonical type's claim on one legacy name, for the rules that need every claim at once.</summary>
internal sealed record LegacyClaim(string LegacyMetadataName, string CanonicalMetadataName, bool EmitsShim);
