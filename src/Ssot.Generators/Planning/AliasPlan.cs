using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>The global aliases to emit, and the candidates that get none and why.</summary>
/// <param name="Aliases">The aliases, one per name (two legacy names of one type may share a simple name).</param>
/// <param name="Skipped">The candidates that get no alias.</param>
internal sealed record AliasPlan(EquatableArray<AliasCandidate> Aliases, EquatableArray<AliasSkip> Skipped)
{
    public static readonly AliasPlan Empty = new(EquatableArray<AliasCandidate>.Empty, EquatableArray<AliasSkip>.Empty);
}

/// <summary>A candidate that gets no alias; <paramref name="Detail"/> names what it clashed with.</summary>
internal sealed record AliasSkip(AliasCandidate Candidate, AliasSkipReason Reason, string Detail);

internal enum AliasSkipReason
{
    /// <summary>The claim on the legacy name was refused (<see cref="ClaimSkip"/>): its own diagnostic says why, nothing more is reported.</summary>
    ClaimRefused,

    /// <summary>Global using aliases need C# 10 (SSOT2001).</summary>
    LanguageVersion,

    /// <summary>An alias cannot be open generic (SSOT2002).</summary>
    Generic,

    /// <summary>The global namespace has a type or namespace of that name (SSOT2003).</summary>
    GlobalNamespaceClash,

    /// <summary>Two canonical types want the name, or a file already has an alias of that name (SSOT2004).</summary>
    Duplicate,

    /// <summary>An imported namespace holds a type of that name, which the alias would silently replace (SSOT2005).</summary>
    ImportedType,

    /// <summary>The name is a contextual keyword: an alias of it would change what the keyword means (SSOT2006).</summary>
    ContextualKeyword,

    /// <summary>Code that finds the shim by the simple name before any alias mentions it: the name would mean two types (SSOT2007).</summary>
    NameWouldMeanTwoTypes,

    /// <summary>A public or protected signature names it where the alias would change what it means (SSOT2008).</summary>
    PublicSignature,

    /// <summary>The referenced library's public API still names the legacy type (SSOT2009).</summary>
    LibraryApiNamesLegacy,
}
