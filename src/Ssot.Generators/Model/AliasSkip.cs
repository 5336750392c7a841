namespace Ssot.Generators.Model;

/// <summary>Why an alias was not emitted.</summary>
internal enum AliasSkip
{
    None,
    LanguageVersion,
    Generic,
    GlobalNamespaceClash,
    Duplicate,
    ImportedType,
}
