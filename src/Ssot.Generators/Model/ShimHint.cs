namespace Ssot.Generators.Model;

/// <summary>A legacy name that gets a shim, and the hint name of its generated file.</summary>
internal sealed record ShimHint(string LegacyMetadataName, string HintName);
