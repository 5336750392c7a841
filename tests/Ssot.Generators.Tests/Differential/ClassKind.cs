namespace Ssot.Generators.Tests.Differential;

/// <summary>The shapes of public class a library ships, each with its own way of being constructed and extended.</summary>
internal enum ClassKind
{
    /// <summary>A sealed class with a public constructor.</summary>
    Sealed,

    /// <summary>An unsealed class with a public constructor and no virtual member, which nothing derives from: a facade's.</summary>
    Plain,

    /// <summary>An unsealed concrete class with a public constructor and a virtual member.</summary>
    Open,

    /// <summary>An abstract class with a protected (or protected internal) constructor and an abstract member.</summary>
    Abstract,

    /// <summary>A non-abstract class meant to be derived from: protected (or protected internal) constructor, virtual members, a protected virtual one.</summary>
    Base,
}
