using System;

namespace Ssot.Generators.Model;

/// <summary>
/// One legacy name as the generator records it in the canonical assembly's metadata
/// (<c>[assembly: AssemblyMetadata("Ssot.Legacy", "...")]</c>), so that analyzers and generators in projects that
/// reference it find legacy types and their canonical types without walking every type of every reference.
/// </summary>
/// <param name="LegacyMetadataName">The legacy type's metadata name.</param>
/// <param name="CanonicalMetadataName">The canonical type's metadata name.</param>
/// <param name="DiagnosticId">The ID legacy references are reported under.</param>
/// <param name="IsError">Whether legacy references are errors.</param>
/// <param name="Alias">Whether projects that reference the assembly get the global alias too.</param>
/// <param name="ApiNamesLegacy">
/// Whether the assembly's public API still names the legacy type: then a project that implements or calls that API must
/// name the legacy type too, and gets no alias that would make its simple name mean the canonical type.
/// </param>
internal sealed record LegacyMapEntry(string LegacyMetadataName, string CanonicalMetadataName, string DiagnosticId, bool IsError, bool Alias, bool ApiNamesLegacy)
{
    public const string MetadataKey = "Ssot.Legacy";

    private const char Separator = ';';

    /// <summary>The metadata value: <c>legacy;canonical;id;error;alias;api</c> (no part can hold ';').</summary>
    public string Format() =>
        string.Join(
            Separator.ToString(),
            LegacyMetadataName,
            CanonicalMetadataName,
            DiagnosticId,
            IsError ? "error" : "warning",
            Alias ? "alias" : "no-alias",
            ApiNamesLegacy ? "api" : "no-api");

    public static LegacyMapEntry? Parse(string? value)
    {
        string[] parts = value?.Split(Separator) ?? Array.Empty<string>();
        // An assembly built before the sixth part existed says nothing about its API.
        if (parts.Length is not (5 or 6) || parts[0].Length == 0 || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return null;
        }

        return new LegacyMapEntry(parts[0], parts[1], parts[2], parts[3] == "error", parts[4] == "alias", parts.Length == 6 && parts[5] == "api");
    }
}
