namespace Ssot.Generators.Model;

/// <summary>A file where a legacy name is used in a way an alias rule cares about.</summary>
/// <param name="LegacyMetadataName">The legacy name.</param>
/// <param name="File">The file's name, for the message.</param>
internal sealed record NameUse(string LegacyMetadataName, string File);

/// <summary>A file whose text must be searched for a legacy simple name.</summary>
/// <param name="FileIndex">The file's position among the compilation's syntax trees.</param>
internal sealed record NameSearch(int FileIndex, string LegacyMetadataName, string SimpleName);
