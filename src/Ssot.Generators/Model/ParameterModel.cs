namespace Ssot.Generators.Model;

/// <summary>One parameter of a forwarded member, rendered as the declaration needs it.</summary>
/// <param name="Name">The name (escaped).</param>
/// <param name="Type">The type, fully qualified.</param>
/// <param name="Modifiers">The declaration modifiers with a trailing space: <c>scoped ref </c>, <c>out </c>, <c>params </c>, <c>this </c>…</param>
/// <param name="ArgumentModifier">The modifier at the call site with a trailing space: <c>ref </c>, <c>out </c>, <c>in </c> or empty.</param>
/// <param name="DefaultValue">The default value expression, or <see langword="null"/>.</param>
/// <param name="Attributes">Attributes that must travel with the parameter (caller info), rendered, or empty.</param>
internal sealed record ParameterModel(
    string Name,
    string Type,
    string Modifiers,
    string ArgumentModifier,
    string? DefaultValue,
    string Attributes);
