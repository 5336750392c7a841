namespace Ssot.Generators.Model;

/// <summary>The lifetime an attribute asks for: the values of <c>Ssot.CanonicalLifetime</c>.</summary>
internal enum RequestedLifetime
{
    Singleton = 0,
    Scoped = 1,
    Transient = 2,
    None = 3,
}
