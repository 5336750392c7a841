using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>A canonical constructor a shim mirrors.</summary>
/// <param name="Access">The accessibility the mirror is declared with.</param>
/// <param name="DocumentationId">The canonical constructor's documentation ID, so the mirror inherits its docs.</param>
/// <param name="Attributes">Attributes the mirror must carry itself (see <see cref="MemberHead.Attributes"/>).</param>
internal sealed record ConstructorModel(Access Access, EquatableArray<ParameterModel> Parameters, string DocumentationId, EquatableArray<AttributeModel> Attributes);
