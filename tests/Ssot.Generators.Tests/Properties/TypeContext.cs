using System.Collections.Immutable;

namespace Ssot.Generators.Tests.Properties;

/// <summary>What the members of a canonical type may be, given its kind and modifiers.</summary>
/// <param name="TypeParametersHidden">A variant interface: its members do not use its type parameters (variance rules).</param>
internal sealed record TypeContext(
    CaseKind Kind,
    bool IsReadOnly,
    bool IsRefStruct,
    bool IsTopLevel,
    ImmutableArray<TypeParameterSpec> TypeParameters,
    bool TypeParametersHidden,
    string RecordModifier)
{
    public bool IsStruct => Kind is CaseKind.Struct or CaseKind.RecordStruct;

    public bool IsInterface => Kind == CaseKind.Interface;

    public bool IsStatic => Kind == CaseKind.StaticClass;

    public bool IsAbstract => Kind == CaseKind.AbstractClass || (Kind == CaseKind.Record && RecordModifier == "abstract");

    /// <summary>Classes and records that can be derived from: protected and virtual members are allowed.</summary>
    public bool IsInheritable => Kind is CaseKind.Class or CaseKind.AbstractClass || (Kind == CaseKind.Record && RecordModifier != "sealed");

    /// <summary>Can hold instance members with bodies (not static, not an interface).</summary>
    public bool HasInstanceBodies => !IsStatic && !IsInterface;

    public bool CanHaveOperators => HasInstanceBodies && !IsRefStruct;

    public bool IsRecord => Kind is CaseKind.Record or CaseKind.RecordStruct;

    /// <summary>Extension methods live only in top-level non-generic static classes.</summary>
    public bool CanHaveExtensions => IsStatic && IsTopLevel && TypeParameters.IsEmpty;
}
