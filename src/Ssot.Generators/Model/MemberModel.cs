using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>One member of the canonical type that a shim forwards.</summary>
/// <param name="Kind">Method, property, indexer, event or constant.</param>
/// <param name="Name">The member name (escaped).</param>
/// <param name="Accessibility">"public" or "internal".</param>
/// <param name="IsStatic">Whether the member is static.</param>
/// <param name="Type">The return, property, event or constant type, fully qualified.</param>
/// <param name="ReturnRef">"ref ", "ref readonly " or empty.</param>
/// <param name="Parameters">The parameters (methods and indexers).</param>
/// <param name="TypeParameters">The type parameters (methods).</param>
/// <param name="Getter">The getter's accessibility modifier prefix ("" when it matches the member), or <see langword="null"/> when there is none.</param>
/// <param name="Setter">The setter's accessibility modifier prefix, or <see langword="null"/> when there is none.</param>
/// <param name="SetterKeyword">"set" or "init".</param>
/// <param name="ExplicitInterface">The interface an explicit implementation is for, fully qualified, or <see langword="null"/>.</param>
/// <param name="Attributes">Attributes that must travel with the member (<c>[Experimental]</c>, return-value nullability), rendered, or empty.</param>
/// <param name="SenderArity">For an event of a class facade whose handlers take the sender first: the handler's parameter count, so the facade can hand them itself as the sender; 0 otherwise.</param>
/// <param name="DocumentationId">The canonical member's documentation ID, so the forwarder inherits its docs.</param>
/// <param name="IsReadOnly">Whether the member is a readonly struct member (so a facade over a struct keeps it readonly).</param>
/// <param name="ExperimentalId">The diagnostic ID of the member's <c>[Experimental]</c>, or empty.</param>
internal sealed record MemberModel(
    MemberKind Kind,
    string Name,
    string Accessibility,
    bool IsStatic,
    string Type,
    string ReturnRef,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<TypeParameterModel> TypeParameters,
    string? Getter,
    string? Setter,
    string SetterKeyword,
    string? ExplicitInterface,
    string Attributes,
    int SenderArity,
    string DocumentationId,
    bool IsReadOnly,
    string ExperimentalId = "");
