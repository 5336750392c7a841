using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// The one table from the plans' skip reasons to diagnostics: which descriptor each reason is reported with, where, and
/// with which arguments. What a plan skips, the generator does not emit; what it skips is reported here, and only here.
/// </summary>
internal sealed class PlanDiagnostics
{
    private readonly Compilation _compilation;
    private readonly Dictionary<string, ReadCanonical> _canonicals;

    private readonly System.Threading.CancellationToken _cancellationToken;

    public PlanDiagnostics(Compilation compilation, IEnumerable<ReadCanonical> canonicals, System.Threading.CancellationToken cancellationToken = default)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        _canonicals = canonicals.ToDictionary(c => c.Model.Type.MetadataName, StringComparer.Ordinal);
    }

    public IEnumerable<Diagnostic> Of(ShimPlan plan) => plan.Skipped.SelectMany(Of);

    public IEnumerable<Diagnostic> Of(AliasPlan plan) => plan.Skipped.Select(Of).OfType<Diagnostic>();

    public IEnumerable<Diagnostic> Of(RegistrationPlan plan) => plan.Skipped.Select(Of).OfType<Diagnostic>();

    private IEnumerable<Diagnostic> Of(ClaimSkip skip)
    {
        ReadCanonical owner = _canonicals[skip.CanonicalMetadataName];
        Location at = owner.LegacyNameLocation(skip.LegacyMetadataName);
        switch (skip.Reason)
        {
            case ClaimSkipReason.ClaimedTwice:
                yield return Diagnostic.Create(DiagnosticDescriptors.LegacyNameClaimedTwice, at, skip.LegacyMetadataName, owner.Readable, ReadableOf(skip.Detail));
                break;
            case ClaimSkipReason.Collision:
                yield return Diagnostic.Create(DiagnosticDescriptors.LegacyNameCollision, at, skip.LegacyMetadataName, skip.Detail);
                break;
            case ClaimSkipReason.DeclaredByHand:
                // At the old type itself, which is what has to go; the attribute's argument is where the claim is made.
                if (_compilation.Assembly.GetTypeByMetadataName(skip.LegacyMetadataName) is { } declared)
                {
                    // What deleting it would lose is said at each member, and counted on the diagnostic for its fix's title.
                    List<Diagnostic> gap = ApiGap.Of(declared, owner.Symbol, _compilation, _cancellationToken);
                    ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                        .Add(DiagnosticProperties.GapCount, gap.Select(d => d.GetMessage()).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
                    foreach (Location location in declared.Locations.Where(l => l.IsInSource))
                    {
                        yield return Diagnostic.Create(DiagnosticDescriptors.LegacyTypeAlreadyDeclared, location, [at], properties, declared.ToReadable(), owner.Readable);
                    }

                    foreach (Diagnostic member in gap)
                    {
                        yield return member;
                    }
                }

                break;
        }
    }

    private Diagnostic? Of(AliasSkip skip)
    {
        AliasCandidate candidate = skip.Candidate;

        // Aliases for canonical types of referenced assemblies have no attribute here to point at.
        _canonicals.TryGetValue(candidate.CanonicalMetadataName, out ReadCanonical? owner);
        Location at = owner?.LegacyNameLocation(candidate.LegacyMetadataName) ?? Location.None;
        string canonical = owner?.Readable ?? candidate.CanonicalMetadataName;
        return skip.Reason switch
        {
            AliasSkipReason.ClaimRefused => null,
            AliasSkipReason.LanguageVersion => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedLanguageVersion, at, candidate.AliasName),
            AliasSkipReason.Generic => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedGenericType, at, candidate.AliasName, canonical),
            AliasSkipReason.GlobalNamespaceClash => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedGlobalNamespaceClash, at, candidate.AliasName),
            AliasSkipReason.Duplicate => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedDuplicate, at, candidate.AliasName, skip.Detail),
            AliasSkipReason.ImportedType => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedImportedType, at, candidate.AliasName, skip.Detail),
            AliasSkipReason.ContextualKeyword => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedContextualKeyword, at, candidate.AliasName),
            AliasSkipReason.NameWouldMeanTwoTypes => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedNameWouldMeanTwoTypes, at, candidate.AliasName, skip.Detail, LegacyDisplay(candidate)),
            AliasSkipReason.PublicSignature => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedPublicSignature, at, candidate.AliasName, skip.Detail, candidate.LegacyNamespace),
            _ => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedLibraryApi, at, candidate.AliasName, canonical, LegacyDisplay(candidate)),
        };
    }

    private Diagnostic? Of(RegistrationSkip skip)
    {
        ReadCanonical owner = _canonicals[skip.CanonicalMetadataName];
        return skip.Reason switch
        {
            RegistrationSkipReason.NoDependencyInjection => Diagnostic.Create(DiagnosticDescriptors.RegistrationSkippedNoDependencyInjection, owner.Data.AttributeLocation, owner.Readable),

            // A type that asks for no lifetime is no service; one that asks for a lifetime is told why it gets none.
            RegistrationSkipReason.NoPublicConstructor when !owner.Data.LifetimeIsExplicit => null,
            RegistrationSkipReason.NoPublicConstructor => Diagnostic.Create(
                DiagnosticDescriptors.RegistrationNotPossible,
                owner.Data.NamedArgumentLocation("Lifetime"),
                skip.Detail,
                owner.Readable,
                "it has no public constructor, and the container constructs a service through one; register it with a factory by hand, or set Lifetime = CanonicalLifetime.None"),
            _ => Diagnostic.Create(DiagnosticDescriptors.DuplicateRegistrationMethod, owner.Data.AttributeLocation, skip.Detail, owner.Readable),
        };
    }

    private static string LegacyDisplay(AliasCandidate candidate) =>
        LegacyName.TryParse(candidate.LegacyMetadataName, out _)?.DisplayName ?? candidate.LegacyMetadataName;

    private string ReadableOf(string canonicalMetadataName) =>
        _canonicals.TryGetValue(canonicalMetadataName, out ReadCanonical? canonical) ? canonical.Readable : canonicalMetadataName;
}
