namespace Ssot.Generators.Model;

/// <summary>One global alias a canonical type asks for: the legacy simple name pointing at the canonical type.</summary>
/// <param name="AliasName">The legacy simple name (unescaped).</param>
/// <param name="Target">The canonical type, fully qualified.</param>
/// <param name="CanonicalMetadataName">The canonical type's metadata name, to tell two canonical types apart.</param>
/// <param name="LegacyMetadataName">The legacy name the alias stands for.</param>
/// <param name="IsGeneric">Whether the canonical type is generic (no alias can be open generic).</param>
/// <param name="LibraryApiNamesLegacy">
/// For a canonical type of a referenced assembly: whether that assembly's public API still names the legacy type, so
/// that code here implementing or calling it must name the same type.
/// </param>
internal sealed record AliasCandidate(string AliasName, string Target, string CanonicalMetadataName, string LegacyMetadataName, bool IsGeneric, bool LibraryApiNamesLegacy = false)
{
    /// <summary>The namespace of the legacy name (empty for the global namespace or an unparsable name).</summary>
    public string LegacyNamespace => LegacyName.TryParse(LegacyMetadataName, out _)?.Namespace ?? string.Empty;
}
