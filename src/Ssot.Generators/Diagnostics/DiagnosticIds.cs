namespace Ssot.Generators.Diagnostics;

/// <summary>Every diagnostic ID the product reports. IDs are stable: never reuse one.</summary>
internal static class DiagnosticIds
{
    /// <summary>The default ID legacy references are reported under (configurable per canonical type).</summary>
    public const string LegacyReference = "SSOT0001";
    public const string LegacyUsingDirective = "SSOT0002";
    public const string ManualRegistration = "SSOT0003";
    public const string LegacyBudgetExceeded = "SSOT0004";
    public const string LegacyTypeInPublicSignature = "SSOT0005";
    public const string LegacyNameThroughAlias = "SSOT0006";
    public const string LegacyMemberName = "SSOT0007";

    public const string NoLegacyNames = "SSOT1001";
    public const string InvalidLegacyName = "SSOT1002";
    public const string DuplicateLegacyName = "SSOT1003";
    public const string LegacyNameIsCanonical = "SSOT1004";
    public const string LegacyNameClaimedTwice = "SSOT1005";
    public const string LegacyTypeAlreadyDeclared = "SSOT1006";
    public const string GenericArityMismatch = "SSOT1007";
    public const string ShimKindNotPossible = "SSOT1008";
    public const string CanonicalTypeNotAccessible = "SSOT1009";
    public const string LegacyContainingTypeNotPartial = "SSOT1010";
    public const string DerivesFromFacade = "SSOT1011";
    public const string InvalidDiagnosticId = "SSOT1012";
    public const string LegacyNameCollision = "SSOT1013";
    public const string MemberNotForwarded = "SSOT1014";
    public const string ConstrainedToFacade = "SSOT1015";
    public const string FacadeIsNotItsBase = "SSOT1016";
    public const string LegacyApiGap = "SSOT1017";
    public const string LegacyNameNotForwarded = "SSOT1018";
    public const string LegacyNameClash = "SSOT1019";
    public const string InvalidLegacyMemberName = "SSOT1020";
    public const string ShippedMemberNotProvided = "SSOT1021";
    public const string LegacyNameNotThroughAlias = "SSOT1022";
    public const string IdentityThroughFacade = "SSOT1023";

    public const string AliasSkippedLanguageVersion = "SSOT2001";
    public const string AliasSkippedGenericType = "SSOT2002";
    public const string AliasSkippedGlobalNamespaceClash = "SSOT2003";
    public const string AliasSkippedDuplicate = "SSOT2004";
    public const string AliasSkippedImportedType = "SSOT2005";
    public const string AliasSkippedContextualKeyword = "SSOT2006";
    public const string AliasSkippedNameWouldMeanTwoTypes = "SSOT2007";
    public const string AliasSkippedPublicSignature = "SSOT2008";
    public const string AliasSkippedLibraryApi = "SSOT2009";

    public const string RegistrationSkippedNoDependencyInjection = "SSOT3001";
    public const string InvalidServiceType = "SSOT3002";
    public const string InvalidRegistrationMethod = "SSOT3003";
    public const string RegistrationNotPossible = "SSOT3004";
    public const string DuplicateRegistrationMethod = "SSOT3005";
}
