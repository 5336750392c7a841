using System.Collections.Immutable;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// An interface in the legacy namespace whose members take library class <paramref name="Target"/> (never renamed
/// itself), and the static host class of the library that calls an implementation of it.
/// </summary>
internal sealed record InterfaceSpec(string Name, int Target, ImmutableArray<InterfaceMember> Members)
{
    public string HostName => Name.Substring(1) + "Host";
}
