using System;

namespace Ssot.Generators.Model;

/// <summary>
/// One legacy member name as the generator records it in the canonical assembly's metadata
/// (<c>[assembly: AssemblyMetadata("Ssot.LegacyMember", "...")]</c>), so that analyzers in this and in referencing
/// projects find the forwarders of <c>[LegacyName]</c> members without the attribute, which is not kept in metadata.
/// </summary>
/// <param name="CanonicalMetadataName">The canonical type's metadata name.</param>
/// <param name="LegacyName">The member's old name.</param>
/// <param name="Target">The member's name now.</param>
/// <param name="ExtensionClass">The metadata name of the class of extension forwarders on the canonical type, or empty.</param>
/// <param name="DiagnosticId">The ID uses of the old name are reported under.</param>
/// <param name="IsError">Whether uses of the old name are errors.</param>
internal sealed record LegacyMemberEntry(string CanonicalMetadataName, string LegacyName, string Target, string ExtensionClass, string DiagnosticId, bool IsError)
{
    public const string MetadataKey = "Ssot.LegacyMember";

    private const char Separator = ';';

    /// <summary>The metadata value: <c>canonical;legacy;target;extensions;id;error</c> (no part can hold ';').</summary>
    public string Format() =>
        string.Join(Separator.ToString(), CanonicalMetadataName, LegacyName, Target, ExtensionClass, DiagnosticId, IsError ? "error" : "warning");

    public static LegacyMemberEntry? Parse(string? value)
    {
        string[] parts = value?.Split(Separator) ?? Array.Empty<string>();
        if (parts.Length != 6 || parts[0].Length == 0 || parts[1].Length == 0 || parts[2].Length == 0 || parts[4].Length == 0)
        {
            return null;
        }

        return new LegacyMemberEntry(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5] == "error");
    }
}
