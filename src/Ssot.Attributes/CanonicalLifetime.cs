namespace Ssot;

/// <summary>The dependency-injection lifetime the generated registration method uses.</summary>
public enum CanonicalLifetime
{
    /// <summary>One instance for the application.</summary>
    Singleton = 0,

    /// <summary>One instance per scope.</summary>
    Scoped = 1,

    /// <summary>A new instance each time it is resolved.</summary>
    Transient = 2,

    /// <summary>No registration method is generated.</summary>
    None = 3,
}
