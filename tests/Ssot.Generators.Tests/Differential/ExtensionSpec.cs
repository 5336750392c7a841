namespace Ssot.Generators.Tests.Differential;

/// <summary>A static class of extension methods on library class <paramref name="Target"/>.</summary>
internal sealed record ExtensionSpec(ExtensionPlace Place, int Target)
{
    public bool IsNested => Place == ExtensionPlace.Nested;
}
