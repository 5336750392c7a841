namespace Ssot.Generators.Model;

/// <summary>What kind of type the canonical type is, as far as shim shapes care.</summary>
internal enum CanonicalKind
{
    Class,
    AbstractClass,
    SealedClass,
    StaticClass,
    Struct,
    Interface,
}
