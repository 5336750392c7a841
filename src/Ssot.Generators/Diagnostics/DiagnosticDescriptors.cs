using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Diagnostics;

/// <summary>Every descriptor the generator's analyzers report, in ID order.</summary>
internal static class DiagnosticDescriptors
{
    private const string Usage = "Ssot.Usage";
    private const string Migration = "Ssot.Migration";
    private const string Alias = "Ssot.Alias";
    private const string Registration = "Ssot.Registration";

    public static readonly DiagnosticDescriptor LegacyReference = Create(
        DiagnosticIds.LegacyReference,
        "Legacy type reference",
        "{0}",
        Migration,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LegacyUsingDirective = Create(
        DiagnosticIds.LegacyUsingDirective,
        "Legacy using directive",
        "{0}",
        Migration,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ManualRegistration = Create(
        DiagnosticIds.ManualRegistration,
        "Manual registration of a canonical or legacy type",
        "This registers '{0}' by hand, which can create a second instance of '{1}': call services.{2}() instead",
        Migration,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LegacyBudgetExceeded = Create(
        DiagnosticIds.LegacyBudgetExceeded,
        "More legacy references than the budget allows",
        "{0} legacy reference(s) remain, over the budget of {1} set by SsotLegacyBudget: migrate {2} more",
        Migration,
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor LegacyTypeInPublicSignature = Create(
        DiagnosticIds.LegacyTypeInPublicSignature,
        "Legacy type in a public signature",
        "'{0}' in the signature of '{1}' is part of this library's shipped API: binaries compiled against it call it with '{0}'. Change it to '{2}' on purpose, at a major version.",
        Migration,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LegacyNameThroughAlias = Create(
        DiagnosticIds.LegacyNameThroughAlias,
        "Legacy name bound through the generated alias",
        "'{0}' means '{1}' only through the alias generated for the legacy name: write '{2}', so that removing [Canonical] keeps this compiling",
        Migration,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor LegacyMemberName = Create(
        DiagnosticIds.LegacyMemberName,
        "Legacy member name",
        "{0}",
        Migration,
        DiagnosticSeverity.Warning);

    public static readonly SuppressionDescriptor ObsoleteWarningSuppression = new(
        "SSOTS618",
        "CS0618",
        "The legacy reference is reported once, as SSOT0001, by the Ssot.Generators analyzer.");

    public static readonly SuppressionDescriptor ObsoleteDiagnosticIdSuppression = new(
        "SSOTS001",
        DiagnosticIds.LegacyReference,
        "The legacy reference is reported once, by the Ssot.Generators analyzer, so that code fixes and dotnet format can act on it.");

    public static readonly DiagnosticDescriptor NoLegacyNames = Create(
        DiagnosticIds.NoLegacyNames,
        "[Canonical] names no legacy type",
        "[Canonical] on '{0}' names no legacy type: pass at least one fully qualified legacy name",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidLegacyName = Create(
        DiagnosticIds.InvalidLegacyName,
        "Legacy name is not a valid metadata name",
        "'{0}' is not a valid legacy type name: {1}",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateLegacyName = Create(
        DiagnosticIds.DuplicateLegacyName,
        "Legacy name listed twice",
        "Legacy name '{0}' is listed more than once on '{1}'",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LegacyNameIsCanonical = Create(
        DiagnosticIds.LegacyNameIsCanonical,
        "Legacy name is the canonical type's own name",
        "Legacy name '{0}' is the name of the canonical type itself",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LegacyNameClaimedTwice = Create(
        DiagnosticIds.LegacyNameClaimedTwice,
        "Two canonical types claim one legacy name",
        "Legacy name '{0}' is claimed by both '{1}' and '{2}': neither gets a shim for it",
        Usage,
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor LegacyTypeAlreadyDeclared = Create(
        DiagnosticIds.LegacyTypeAlreadyDeclared,
        "A hand-written type still declares a legacy name",
        "'{0}' is still declared by hand, but '{1}' replaces it: delete the old type so that one implementation remains",
        Usage,
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor GenericArityMismatch = Create(
        DiagnosticIds.GenericArityMismatch,
        "Legacy name's generic arity differs from the canonical type's",
        "Legacy name '{0}' has {1} type parameter(s) but '{2}' has {3}",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ShimKindNotPossible = Create(
        DiagnosticIds.ShimKindNotPossible,
        "The chosen shim shape cannot exist for this type",
        "Shim = ShimKind.{0} is not possible for '{1}': {2}",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CanonicalTypeNotAccessible = Create(
        DiagnosticIds.CanonicalTypeNotAccessible,
        "Canonical type is not accessible to its shims",
        "'{0}' cannot be canonical: {1}",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LegacyContainingTypeNotPartial = Create(
        DiagnosticIds.LegacyContainingTypeNotPartial,
        "The type a nested legacy name lives in is not partial",
        "Legacy name '{0}' is nested in '{1}', which must be declared partial (or removed) for the shim to be added to it",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DerivesFromFacade = Create(
        DiagnosticIds.DerivesFromFacade,
        "Legacy code derives from a facade shim",
        "'{0}' derives from legacy type '{1}', whose shim is a sealed facade: set Shim = ShimKind.Subclass on the [Canonical] attribute of '{2}'",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidDiagnosticId = Create(
        DiagnosticIds.InvalidDiagnosticId,
        "DiagnosticId is not a valid diagnostic ID",
        "DiagnosticId '{0}' is not valid: use letters, digits and underscores, starting with a letter",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LegacyNameCollision = Create(
        DiagnosticIds.LegacyNameCollision,
        "Legacy name collides with a namespace or a type",
        "No shim for '{0}': {1}",
        Usage,
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MemberNotForwarded = Create(
        DiagnosticIds.MemberNotForwarded,
        "Member not forwarded by the legacy shim",
        "The legacy shim '{0}' cannot carry '{1}' as old code expects: {2}",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConstrainedToFacade = Create(
        DiagnosticIds.ConstrainedToFacade,
        "Legacy code constrains a type parameter to a facade shim",
        "Type parameter '{0}' is constrained to legacy type '{1}', whose shim is a sealed facade, which cannot be a constraint: set Shim = ShimKind.Subclass on the [Canonical] attribute of '{2}'",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LegacyApiGap = Create(
        DiagnosticIds.LegacyApiGap,
        "A member of the hand-written legacy type has no counterpart on the canonical type",
        "'{0}' has no counterpart on '{1}': {2} reference(s) will stop compiling, and binaries that call it will fail; add the member to '{1}' or map it with [LegacyName]",
        Usage,
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor LegacyNameNotForwarded = Create(
        DiagnosticIds.LegacyNameNotForwarded,
        "[LegacyName] on a member no shim forwards",
        "[LegacyName(\"{0}\")] on '{1}' has no effect: {2}",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LegacyNameClash = Create(
        DiagnosticIds.LegacyNameClash,
        "Legacy member name clashes with another name",
        "Legacy name '{0}' of '{1}' cannot be used: {2}",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidLegacyMemberName = Create(
        DiagnosticIds.InvalidLegacyMemberName,
        "Legacy member name is not an identifier",
        "'{0}' is not a valid legacy member name for '{1}': write the old name as a C# identifier",
        Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ShippedMemberNotProvided = Create(
        DiagnosticIds.ShippedMemberNotProvided,
        "A shipped member of a legacy type is not provided by its shim",
        "Shipped API '{0}' of legacy type '{1}' is not provided by its shim: {2}",
        Usage,
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor LegacyNameNotThroughAlias = Create(
        DiagnosticIds.LegacyNameNotThroughAlias,
        "Legacy member name is served by the shim only",
        "'{0}' serves its legacy name '{1}' on the shim only: {2}, so code that reaches '{3}' through the alias and says '{1}' must be migrated to '{4}'",
        Usage,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor FacadeIsNotItsBase = Create(
        DiagnosticIds.FacadeIsNotItsBase,
        "The facade shim is not an instance of the canonical type's base class",
        "The facade of '{0}' is not a '{1}', so code that passes legacy type '{2}' where a '{1}' is expected does not compile, and binaries compiled against the old type that do so fail with InvalidCastException: {3}",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdentityThroughFacade = Create(
        DiagnosticIds.IdentityThroughFacade,
        "Identity comparison across a facade",
        "'{0}' is a facade of '{1}': it is never the same object as a '{1}'; compare '({1}){0}'",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AliasSkippedLanguageVersion = Create(
        DiagnosticIds.AliasSkippedLanguageVersion,
        "Alias skipped: global using directives need C# 10",
        "No global alias for '{0}': the project's C# version is below 10; legacy code binds to the shim instead",
        Alias,
        DiagnosticSeverity.Info,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AliasSkippedGenericType = Create(
        DiagnosticIds.AliasSkippedGenericType,
        "Alias skipped: a generic type has no alias",
        "No global alias for '{0}': '{1}' is generic and a using alias cannot be open generic; legacy code binds to the shim instead",
        Alias,
        DiagnosticSeverity.Info,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AliasSkippedGlobalNamespaceClash = Create(
        DiagnosticIds.AliasSkippedGlobalNamespaceClash,
        "Alias skipped: the global namespace already has that name",
        "No global alias '{0}': the global namespace already holds a type or namespace of that name",
        Alias,
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AliasSkippedDuplicate = Create(
        DiagnosticIds.AliasSkippedDuplicate,
        "Alias skipped: two canonical types or aliases want one name",
        "No global alias '{0}': {1}",
        Alias,
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AliasSkippedImportedType = Create(
        DiagnosticIds.AliasSkippedImportedType,
        "Alias skipped: the project already imports a type of that name",
        "No global alias '{0}': the project already imports '{1}' (through a global using or a using at the top of a file), and an alias would silently rebind it",
        Alias,
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AliasSkippedContextualKeyword = Create(
        DiagnosticIds.AliasSkippedContextualKeyword,
        "Alias skipped: the name means something in C#",
        "No global alias '{0}': '{0}' has a meaning of its own in C#, which an alias of that name would change in every file; legacy code binds to the shim instead",
        Alias,
        DiagnosticSeverity.Info,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AliasSkippedNameWouldMeanTwoTypes = Create(
        DiagnosticIds.AliasSkippedNameWouldMeanTwoTypes,
        "Alias skipped: the legacy name would mean two types",
        "No global alias '{0}': code in '{1}' finds the legacy type '{2}' by its simple name before any alias (it is in that namespace, or imports it inside a namespace declaration), so with the alias the name would mean two types; legacy code binds to the shim instead",
        Alias,
        DiagnosticSeverity.Info,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AliasSkippedPublicSignature = Create(
        DiagnosticIds.AliasSkippedPublicSignature,
        "Alias skipped: it would change a public signature",
        "No global alias '{0}': a public or protected signature in '{1}' names '{0}' where '{2}' is imported, and the alias would change that signature, which breaks binaries compiled against it; legacy code binds to the shim instead",
        Alias,
        DiagnosticSeverity.Info,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AliasSkippedLibraryApi = Create(
        DiagnosticIds.AliasSkippedLibraryApi,
        "Alias skipped: the library's API still names the legacy type",
        "No global alias '{0}': the public API of the assembly that declares '{1}' still names '{2}', and code here that implements or calls it must name that same type; legacy code binds to the shim instead",
        Alias,
        DiagnosticSeverity.Info,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor RegistrationSkippedNoDependencyInjection = Create(
        DiagnosticIds.RegistrationSkippedNoDependencyInjection,
        "Registration skipped: Microsoft.Extensions.DependencyInjection is not referenced",
        "No registration method for '{0}': Microsoft.Extensions.DependencyInjection.Abstractions is not referenced",
        Registration,
        DiagnosticSeverity.Info,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidServiceType = Create(
        DiagnosticIds.InvalidServiceType,
        "Service type cannot resolve to the canonical instance",
        "ServiceTypes entry '{0}' is not usable for '{1}': {2}",
        Registration,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidRegistrationMethod = Create(
        DiagnosticIds.InvalidRegistrationMethod,
        "Registration method name is not usable",
        "Registration method name '{0}' for '{1}' is not usable: {2}",
        Registration,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RegistrationNotPossible = Create(
        DiagnosticIds.RegistrationNotPossible,
        "The canonical type cannot be registered",
        "Lifetime = CanonicalLifetime.{0} is not possible for '{1}': {2}",
        Registration,
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DuplicateRegistrationMethod = Create(
        DiagnosticIds.DuplicateRegistrationMethod,
        "Two canonical types want one registration method name",
        "Registration method '{0}' is wanted by more than one canonical type: set RegistrationMethod on '{1}'",
        Registration,
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.CompilationEnd);

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string message,
        string category,
        DiagnosticSeverity severity,
        params string[] customTags) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, customTags: customTags);
}
