using System;
using System.Collections.Immutable;
using System.Linq;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// Every knob with its choices. A choice is a short label, printed in a failing chain and parsed back to replay it, so
/// a label holds no line break and no ';'. Weights favour the edits that could make a per-type cache stale (a type
/// named in a signature moves, a closer declaration or alias appears, a base changes in another file) and the edits
/// users make most (method bodies); parse options and references change now and then.
/// </summary>
internal static class Knobs
{
    public static ImmutableArray<KnobSpec> All { get; } =
    [
        new(Knob.Language, 1, ["Latest", "CSharp10", "CSharp9"]),
        new(Knob.Symbols, 1, ["None", "LEGACY_API"]),
        new(Knob.Nullable, 1, ["Enable", "Disable"]),
        new(Knob.Framework, 1, ["net10.0", "netstandard2.0"]),
        new(Knob.DependencyInjection, 1, ["On", "Off"]),
        new(Knob.Library, 1, ["On", "Off"]),

        new(Knob.GlobalUsingContracts, 2, ["On", "Off"]),
        new(Knob.GlobalUsingMoved, 2, ["On", "Off"]),
        new(Knob.GlobalUsingSsot, 2, ["Off", "On"]),
        new(Knob.GlobalPayloadAlias, 3, ["Off", "App.Contracts.Message", "App.Moved.Marker"]),
        new(Knob.GlobalLegacyAlias, 2, ["Off", "On"]),
        new(Knob.GlobalUsingOldImports, 2, ["Off", "On"]),
        new(Knob.GlobalAttributeAlias, 2, ["Off", "On"]),

        new(Knob.PayloadHome, 5, ["App.Contracts", "App.Moved", "Moved.cs", "Nowhere"]),
        new(Knob.PayloadKind, 2, ["class", "struct", "interface"]),
        new(Knob.ShadowPayload, 4, ["Off", "App.Core", "App.Data"]),
        new(Knob.ImportsHub, 1, ["Off", "On"]),

        new(Knob.HubBaseInterfaces, 3, ["None", "IAuditable", "IDisposable", "IAuditable,IDisposable"]),
        new(Knob.HubBaseMember, 3, ["None", "LastPayload", "DescribePayload", "ProtectedField"]),

        new(Knob.HubAttribute, 3, ["Canonical", "Off", "Ssot.Canonical", "CanonicalAttribute", "Canon", "global::Ssot.CanonicalAttribute"]),
        new(Knob.HubUsingSsot, 1, ["On", "Off"]),
        new(Knob.HubLegacyNames, 3, ["Old.Ns.Hub", "Old.Ns.Hub,Old.Ns.LegacyHub", "Old.Other.Hub", "Old.Ns.Outer+Hub", "Old.Data.Worker", "Old..Hub", "(none)"]),
        new(Knob.HubShim, 2, ["Auto", "Facade", "Subclass", "None"]),
        new(Knob.HubAlias, 1, ["Default", "False"]),
        new(Knob.HubLifetime, 1, ["Default", "Scoped", "Transient", "None"]),
        new(Knob.HubServiceTypes, 1, ["None", "IHandler", "IAuditable"]),
        new(Knob.HubError, 1, ["False", "True"]),
        new(Knob.HubModifier, 1, ["sealed", "unsealed", "abstract"]),
        new(Knob.HubBaseList, 3, ["HubBase,IHandler", "IHandler", "HubBase", "None"]),
        new(Knob.HubParameter, 4, ["Payload", "Message", "string", "global::App.Contracts.Payload", "Payload[]", "Hub"]),
        new(Knob.HubReturn, 3, ["void", "Payload", "Task<Payload>", "Hub", "Message"]),
        new(Knob.HubDefault, 1, ["0", "42", "-1"]),
        new(Knob.HubLocalAlias, 3, ["Off", "App.Contracts.Message", "App.Moved.Marker"]),
        new(Knob.HubNested, 3, ["Off", "On"]),
        new(Knob.HubNamespace, 1, ["Block", "FileScoped"]),
        new(Knob.HubBody, 5, ["1", "2", "3", "4"]),

        new(Knob.HubPart, 4, ["Extra", "Off", "ExtraDisposable", "NestedPayload"]),

        new(Knob.WorkerAttribute, 2, ["On", "Off"]),
        new(Knob.WorkerLegacyNames, 2, ["Old.Data.Worker", "Old.Data.Worker,Old.Data.Job", "Old.Ns.Hub"]),
        new(Knob.WorkerShim, 1, ["Auto", "Subclass", "Facade", "None"]),
        new(Knob.WorkerParameter, 3, ["Payload", "Message", "int"]),
        new(Knob.WorkerBody, 3, ["1", "2", "3"]),

        new(Knob.ToolsAttribute, 1, ["On", "Off"]),
        new(Knob.ToolsConstant, 2, ["256", "512", "-1"]),
        new(Knob.ToolsParameter, 3, ["Payload", "Message", "string"]),

        new(Knob.StoreAttribute, 1, ["On", "Off"]),
        new(Knob.StoreBase, 2, ["None", "IHandler", "IAuditable"]),
        new(Knob.StoreMember, 2, ["Load", "Current", "Save"]),
        new(Knob.RepositoryAttribute, 1, ["On", "Off"]),
        new(Knob.RepositoryConstraint, 1, ["class", "new()", "IHandler", "None"]),
        new(Knob.RepositoryParameter, 2, ["Payload", "T", "Message"]),

        new(Knob.LegacyUsing, 2, ["Off", "Import", "Alias"]),
        new(Knob.LegacyQualified, 2, ["On", "Off"]),
        new(Knob.LegacyDerives, 2, ["Worker", "Off", "Hub"]),
        new(Knob.LegacySimpleName, 2, ["On", "Off"]),

        new(Knob.Extra, 3, ["Off", "Old.Extra.Gateway", "Old.Extra.Hub", "Old.Ns.Hub"]),
        new(Knob.HandWritten, 2, ["Off", "Old.Ns.Hub", "GlobalHub"]),

        // A NotNullIfNotNull polyfill typed in or deleted changes how every facade's conversions are written.
        new(Knob.Polyfill, 2, ["Off", "On"]),

        new(Knob.UnrelatedBody, 4, ["1", "2", "3", "4", "5"]),
    ];

    static Knobs()
    {
        // The table is indexed by the enum: a knob added out of order would silently read another knob's choices.
        Knob[] order = All.Select(k => k.Knob).ToArray();
        if (!order.SequenceEqual(Enum.GetValues<Knob>()))
        {
            throw new InvalidOperationException("Knobs.All must list every Knob once, in declaration order.");
        }
    }

    public static KnobSpec Of(Knob knob) => All[(int)knob];
}
