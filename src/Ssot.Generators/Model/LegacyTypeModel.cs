using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>One legacy name a canonical type replaces, split the way the shim is declared.</summary>
/// <param name="MetadataName">The name as the attribute gives it, e.g. <c>Old.Ns.Outer+Inner`1</c>.</param>
/// <param name="Namespace">The namespace, empty for the global namespace.</param>
/// <param name="ContainingTypes">The enclosing types of a nested legacy name, outermost first.</param>
/// <param name="Name">The simple name (escaped when it is a keyword).</param>
/// <param name="FullyQualified">The fully qualified name with <c>global::</c> and the canonical type's type parameters.</param>
/// <param name="Message">The obsolete message for this name.</param>
internal sealed record LegacyTypeModel(
    string MetadataName,
    string Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string Name,
    string FullyQualified,
    string Message);
