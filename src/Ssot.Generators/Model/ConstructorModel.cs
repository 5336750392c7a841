using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>A canonical constructor a shim mirrors.</summary>
/// <param name="Accessibility">"public", "internal", "protected", "protected internal" or "private protected".</param>
internal sealed record ConstructorModel(string Accessibility, EquatableArray<ParameterModel> Parameters);
