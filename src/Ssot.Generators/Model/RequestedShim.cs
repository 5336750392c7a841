namespace Ssot.Generators.Model;

/// <summary>The shim an attribute asks for: the values of <c>Ssot.ShimKind</c> (the generator does not load the attributes assembly).</summary>
internal enum RequestedShim
{
    Auto = 0,
    Facade = 1,
    Subclass = 2,
    None = 3,
}
