namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// One thing an edit of the typing project can change. <see cref="Knobs"/> lists each one's choices, and
/// <see cref="TypingSources"/> says which file each one is written into.
/// </summary>
internal enum Knob
{
    // The compilation: parse options, compilation options and references.
    Language,
    Symbols,
    Nullable,
    Framework,
    DependencyInjection,
    Library,

    // GlobalUsings.cs.
    GlobalUsingContracts,
    GlobalUsingMoved,
    GlobalUsingSsot,
    GlobalPayloadAlias,
    GlobalLegacyAlias,
    GlobalUsingOldImports,
    GlobalAttributeAlias,

    // Contracts.cs, Moved.cs, Shadow.cs, Imports.cs: the types canonical signatures name, and where they live.
    PayloadHome,
    PayloadKind,
    ShadowPayload,
    ImportsHub,

    // HubBase.cs: the base class of the facade's canonical type.
    HubBaseInterfaces,
    HubBaseMember,

    // Hub.cs: a sealed class (facade), with its attribute, its base list and its member signatures.
    HubAttribute,
    HubUsingSsot,
    HubLegacyNames,
    HubShim,
    HubAlias,
    HubLifetime,
    HubServiceTypes,
    HubError,
    HubModifier,
    HubBaseList,
    HubParameter,
    HubReturn,
    HubDefault,
    HubLocalAlias,
    HubNested,
    HubNamespace,
    HubBody,

    // HubPart.cs: another partial declaration of the same type.
    HubPart,

    // Worker.cs: an abstract class (subclass shim).
    WorkerAttribute,
    WorkerLegacyNames,
    WorkerShim,
    WorkerParameter,
    WorkerBody,

    // Tools.cs: a static class (static forwarder).
    ToolsAttribute,
    ToolsConstant,
    ToolsParameter,

    // Store.cs: an interface and a generic class.
    StoreAttribute,
    StoreBase,
    StoreMember,
    RepositoryAttribute,
    RepositoryConstraint,
    RepositoryParameter,

    // Legacy.cs: code that still names the legacy types.
    LegacyUsing,
    LegacyQualified,
    LegacyDerives,
    LegacySimpleName,

    // Whole files that come and go.
    Extra,
    HandWritten,
    Polyfill,

    // Unrelated.cs: a method body nothing depends on.
    UnrelatedBody,
}
