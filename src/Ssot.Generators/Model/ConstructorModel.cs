using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>A canonical constructor a shim mirrors.</summary>
/// <param name="Accessibility">"public", "internal", "protected", "protected internal" or "private protected".</param>
/// <param name="DocumentationId">The canonical constructor's documentation ID, so the mirror inherits its docs.</param>
/// <param name="Attributes">Attributes the mirror must carry itself (see <see cref="MemberModel.Attributes"/>), rendered, or empty.</param>
internal sealed record ConstructorModel(string Accessibility, EquatableArray<ParameterModel> Parameters, string DocumentationId, string Attributes);
