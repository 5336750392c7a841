using Ssot.Generators.Helpers;
using Ssot.Generators.Planning;

namespace Ssot.Generators.Model;

/// <summary>One canonical type with the part of the shim plan that is its own, so a claim elsewhere leaves it equal.</summary>
/// <param name="Model">The canonical type.</param>
/// <param name="Shims">The planned shims of its legacy names, in the order of its legacy names.</param>
internal sealed record ShimRequest(CanonicalTypeModel Model, EquatableArray<PlannedShim> Shims);
