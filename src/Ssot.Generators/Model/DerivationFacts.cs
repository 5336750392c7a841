namespace Ssot.Generators.Model;

/// <summary>What the shape rules ask about how a canonical class is constructed and derived from.</summary>
/// <param name="HasPublicConstructor">Code of any assembly, and a dependency-injection container, can construct it.</param>
/// <param name="HasDerivableConstructor">A derived class could call one of its constructors.</param>
/// <param name="DeclaresVirtualMembers">It declares members designed to be overridden: virtual or abstract methods, properties, indexers or events.</param>
/// <param name="DerivedInSource">A class of the compilation's source derives from it, named by its own name or a legacy name.</param>
/// <param name="ConstraintInSource">A type parameter of the compilation's source is constrained to it, by either name.</param>
/// <param name="DerivesFromClass">Its base class is not <see cref="object"/>: code passes it where its base is expected.</param>
internal sealed record DerivationFacts(
    bool HasPublicConstructor,
    bool HasDerivableConstructor,
    bool DeclaresVirtualMembers,
    bool DerivedInSource,
    bool ConstraintInSource,
    bool DerivesFromClass);
