using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>One registration method of the generated extension class.</summary>
/// <param name="CanonicalType">The canonical type, fully qualified.</param>
/// <param name="IsPublic">Whether the method is public: the canonical type is, and <c>SsotRegistrationVisibility</c> is not <c>internal</c>.</param>
/// <param name="MethodName">The extension method's name.</param>
/// <param name="Lifetime">The <c>ServiceLifetime</c> member name.</param>
/// <param name="ServiceTypes">Further service types, fully qualified.</param>
/// <param name="LegacyFacades">The facade shims resolved through the canonical instance, fully qualified.</param>
/// <param name="ObsoleteIds">The diagnostic IDs the legacy names are reported under, silenced in the generated file.</param>
internal sealed record RegistrationEntry(
    string CanonicalType,
    bool IsPublic,
    string MethodName,
    string Lifetime,
    EquatableArray<string> ServiceTypes,
    EquatableArray<string> LegacyFacades,
    EquatableArray<string> ObsoleteIds);
