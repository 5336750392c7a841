using System.Linq;
using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>A canonical constructor a shim mirrors.</summary>
/// <param name="Access">The accessibility the mirror is declared with.</param>
/// <param name="DocumentationId">The canonical constructor's documentation ID, so the mirror inherits its docs.</param>
/// <param name="Attributes">Attributes the mirror must carry itself (see <see cref="MemberHead.Attributes"/>).</param>
/// <param name="ParameterTypes">
/// The parameter types as <c>typeof</c> writes them (no nullable annotations), for a facade that finds the constructor by
/// reflection; empty when a parameter is a ref struct, which reflection cannot pass.
/// </param>
internal sealed record ConstructorModel(Access Access, EquatableArray<ParameterModel> Parameters, string DocumentationId, EquatableArray<AttributeModel> Attributes, EquatableArray<string>? ParameterTypes = null)
{
    /// <summary>Whether the constructor carries <c>[SetsRequiredMembers]</c>: a caller then sets no required member.</summary>
    public bool SetsRequiredMembers => Attributes.Any(a => a.Type.EndsWith(".SetsRequiredMembersAttribute", System.StringComparison.Ordinal));
}
