using System.Collections.Generic;

namespace Ssot.Generators.Tests.Properties;

/// <summary>What one canonical type of a case must produce.</summary>
/// <param name="Shape">Facade, Subclass, StaticForwarder, DerivedInterface or None; <see langword="null"/> when a usage error skips the type.</param>
/// <param name="Diagnostics">The usage analyzer's diagnostics this type alone gets (SSOT1xxx, SSOT3001, SSOT3004).</param>
/// <param name="RegistrationMethod">The registration method it asks for, if any.</param>
internal sealed record TypeOutcome(CanonicalTypeSpec Type, string? Shape, IReadOnlyList<string> Diagnostics, string? RegistrationMethod)
{
    public bool IsValid => Shape is not null;

    public bool EmitsShims => Shape is not null and not "None";
}
