namespace Ssot;

/// <summary>The shape of the legacy type the generator emits under each legacy name.</summary>
public enum ShimKind
{
    /// <summary>
    /// Chosen from the canonical type: <see cref="Facade"/> for concrete classes and structs,
    /// <see cref="Subclass"/> for abstract classes, a static forwarding class for static classes,
    /// and a derived interface for interfaces.
    /// </summary>
    Auto = 0,

    /// <summary>A sealed forwarding type that wraps one canonical instance.</summary>
    Facade = 1,

    /// <summary>A class deriving from the canonical type, for legacy code that derives from the old type.</summary>
    Subclass = 2,

    /// <summary>No legacy type at all: the retirement phase of a migration.</summary>
    None = 3,
}
