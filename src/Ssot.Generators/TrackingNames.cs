namespace Ssot.Generators;

/// <summary>The names of the generator's pipeline steps, for tests that assert what was cached.</summary>
internal static class TrackingNames
{
    public const string CanonicalTypes = nameof(CanonicalTypes);
    public const string ValidCanonicalTypes = nameof(ValidCanonicalTypes);
    public const string CompilationFacts = nameof(CompilationFacts);
    public const string FileDeclarations = nameof(FileDeclarations);
    public const string SourceDeclarations = nameof(SourceDeclarations);
    public const string LegacyClaims = nameof(LegacyClaims);
    public const string ReferenceQuery = nameof(ReferenceQuery);
    public const string ReferenceFacts = nameof(ReferenceFacts);
    public const string NameScope = nameof(NameScope);
    public const string AliasExposure = nameof(AliasExposure);
    public const string NameUses = nameof(NameUses);
    public const string ShimPlan = nameof(ShimPlan);
    public const string ShimRequests = nameof(ShimRequests);
    public const string Shims = nameof(Shims);
    public const string LegacyMemberNames = nameof(LegacyMemberNames);
    public const string AliasCandidates = nameof(AliasCandidates);
    public const string ReferencedAliasCandidates = nameof(ReferencedAliasCandidates);
    public const string Aliases = nameof(Aliases);
    public const string RegistrationVisibility = nameof(RegistrationVisibility);
    public const string Registrations = nameof(Registrations);
}
