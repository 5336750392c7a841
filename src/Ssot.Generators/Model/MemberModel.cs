using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>One member of the canonical type that a shim forwards: a small head plus what its kind needs.</summary>
internal abstract record MemberModel(MemberHead Head);

/// <summary>A forwarded method.</summary>
/// <param name="ReturnAttributes">Nullable-flow attributes on the return value, written with <c>return:</c>.</param>
internal sealed record MethodModel(
    MemberHead Head,
    TypeRef ReturnType,
    RefReturn RefReturn,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<TypeParameterModel> TypeParameters,
    EquatableArray<AttributeModel> ReturnAttributes) : MemberModel(Head);

/// <summary>A forwarded property or indexer (<see cref="Parameters"/> are an indexer's).</summary>
/// <param name="IsInit">Whether the setter is an <c>init</c> accessor.</param>
internal sealed record PropertyModel(
    MemberHead Head,
    TypeRef Type,
    RefReturn RefReturn,
    bool IsIndexer,
    EquatableArray<ParameterModel> Parameters,
    AccessorAccess Getter,
    AccessorAccess Setter,
    bool IsInit) : MemberModel(Head);

/// <summary>A forwarded event.</summary>
/// <param name="SenderArity">
/// For an event of a class facade whose handlers take the sender first: the handler's parameter count, so the facade
/// can hand them itself as the sender; 0 otherwise.
/// </param>
internal sealed record EventModel(MemberHead Head, TypeRef Type, int SenderArity) : MemberModel(Head);

/// <summary>A field of the canonical type: a constant stays a constant, any other field is forwarded as a property.</summary>
internal sealed record FieldModel(MemberHead Head, TypeRef Type, bool IsConst, bool IsReadOnly) : MemberModel(Head);

/// <summary>A forwarded operator (one that takes the canonical type, so the facade can declare it).</summary>
internal sealed record OperatorModel(MemberHead Head, TypeRef ReturnType, EquatableArray<ParameterModel> Parameters) : MemberModel(Head);
