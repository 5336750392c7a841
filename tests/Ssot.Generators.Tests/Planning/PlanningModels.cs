using System.Linq;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;

namespace Ssot.Generators.Tests.Planning;

/// <summary>Models and scopes for the planners, written as data: the planners are pure and need no compilation.</summary>
internal static class PlanningModels
{
    public static CanonicalTypeModel Canonical(
        string metadataName,
        string[] legacyNames,
        ShimShape shape = ShimShape.Facade,
        bool isError = false,
        string? registrationMethod = null,
        bool generic = false,
        bool publicConstructor = true)
    {
        int dot = metadataName.LastIndexOf('.');
        string ns = dot < 0 ? string.Empty : metadataName.Substring(0, dot);
        string name = metadataName.Substring(dot + 1).Split('`')[0];
        string fullyQualified = "global::" + metadataName.Split('`')[0] + (generic ? "<T>" : string.Empty);
        return new CanonicalTypeModel(
            new TypeName(ns, name, metadataName, fullyQualified),
            CanonicalKind.SealedClass,
            IsRecord: false,
            IsPublic: true,
            generic ? new EquatableArray<TypeParameterModel>([new TypeParameterModel("T", Variance.None, TypeConstraintKind.None, EquatableArray<TypeRef>.Empty, false, false)]) : EquatableArray<TypeParameterModel>.Empty,
            legacyNames.Select(Legacy).ToEquatableArray(),
            shape,
            new ObsoleteModel("SSOT0001", null, isError),
            Alias: true,
            registrationMethod is null ? null : new RegistrationModel(registrationMethod, "Singleton", EquatableArray<string>.Empty, publicConstructor),
            ShimMembers.None);
    }

    public static NameScope Scope(
        string[]? types = null,
        string[]? namespaces = null,
        string[]? imports = null,
        string[]? aliases = null,
        ReferenceFacts? references = null) =>
        new(
            new SourceDeclarations(
                (aliases ?? []).ToEquatableArray(),
                (imports ?? []).ToEquatableArray(),
                EquatableArray<string>.Empty,
                (namespaces ?? []).ToEquatableArray(),
                (types ?? []).Select(Declared).ToEquatableArray()),
            references ?? ReferenceFacts.None);

    public static CompilationFacts Facts(bool dependencyInjection = true, int languageVersion = 1400, bool isLibrary = true) =>
        new(languageVersion, dependencyInjection, ObsoleteHasDiagnosticId: true, HasNotNullIfNotNull: true, HasUnsafeAccessor: true, HasGenericUnsafeAccessor: true, "TestAssembly", isLibrary);

    public static ShimPlan Shims(params CanonicalTypeModel[] models) =>
        ShimPlanner.Plan(models.SelectMany(CanonicalClaims.LegacyClaimsOf).ToList(), Scope());

    private static LegacyTypeModel Legacy(string metadataName)
    {
        LegacyName name = LegacyName.TryParse(metadataName, out string error) ?? throw new System.ArgumentException(error, nameof(metadataName));
        return new LegacyTypeModel(
            metadataName,
            name.Namespace,
            name.ContainingTypes.Select(c => new ContainingTypeModel(c, ContainingTypeKind.Holder)).ToEquatableArray(),
            name.Name,
            "global::" + name.DisplayName,
            "obsolete");
    }

    private static DeclaredType Declared(string metadataName)
    {
        int dot = metadataName.LastIndexOf('.');
        string simple = metadataName.Substring(dot + 1);
        int tick = simple.IndexOf('`');
        return new DeclaredType(
            metadataName,
            dot < 0 ? string.Empty : metadataName.Substring(0, dot),
            tick < 0 ? simple : simple.Substring(0, tick),
            tick < 0 ? 0 : int.Parse(simple.Substring(tick + 1), System.Globalization.CultureInfo.InvariantCulture));
    }
}
