namespace Ssot.Generators.Model;

/// <summary>The shim shape after <c>ShimKind.Auto</c> has been resolved.</summary>
internal enum ShimShape
{
    None,
    Facade,
    Subclass,
    StaticForwarder,
    DerivedInterface,
}
