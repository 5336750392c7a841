using System.Globalization;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>The rules that turn the requested shim into the shape emitted for a canonical type.</summary>
internal static class ShimShapes
{
    /// <summary>Resolves the requested shim, or returns <see langword="null"/> with the reason it cannot exist.</summary>
    public static ShimShape? Resolve(RequestedShim requested, CanonicalKind kind, DerivationFacts facts, out string reason)
    {
        bool hasDerivableConstructor = facts.HasDerivableConstructor;
        reason = string.Empty;
        switch (requested)
        {
            case RequestedShim.None:
                return ShimShape.None;

            case RequestedShim.Auto:
                if (kind == CanonicalKind.AbstractClass && !hasDerivableConstructor)
                {
                    reason = "an abstract type with no constructor a derived class can call has no shim; use ShimKind.None";
                    return null;
                }

                return kind switch
                {
                    CanonicalKind.Interface => ShimShape.DerivedInterface,
                    CanonicalKind.StaticClass => ShimShape.StaticForwarder,
                    CanonicalKind.AbstractClass => ShimShape.Subclass,
                    CanonicalKind.Class when IsBuiltToBeDerivedFrom(facts) => ShimShape.Subclass,
                    _ => ShimShape.Facade,
                };

            case RequestedShim.Facade:
                reason = kind switch
                {
                    CanonicalKind.Interface => "an interface has no instance to wrap; use ShimKind.Auto for a derived interface",
                    CanonicalKind.StaticClass => "a static class has no instance to wrap; use ShimKind.Auto for a static forwarding class",
                    CanonicalKind.AbstractClass => "a facade cannot construct an abstract type; use ShimKind.Subclass",
                    _ => string.Empty,
                };
                return reason.Length == 0 ? ShimShape.Facade : null;

            case RequestedShim.Subclass:
                reason = kind switch
                {
                    CanonicalKind.Interface => "an interface cannot be subclassed; use ShimKind.Auto for a derived interface",
                    CanonicalKind.StaticClass => "a static class cannot be derived from",
                    CanonicalKind.SealedClass => "a sealed class cannot be derived from",
                    CanonicalKind.Struct => "a struct cannot be derived from; use ShimKind.Facade",
                    _ when !hasDerivableConstructor => "it has no constructor a derived class can call",
                    _ => string.Empty,
                };
                return reason.Length == 0 ? ShimShape.Subclass : null;

            default:
                reason = "the value is not a ShimKind member";
                return null;
        }
    }

    /// <summary>
    /// Whether an unsealed concrete class is built to be derived from, so its legacy name must stay derivable (a sealed
    /// facade would be CS0509 for a derived class, CS0701 for a constraint, and a TypeLoadException for an old binary):
    /// it has no public constructor, is derived from or constrained to in the source, or declares virtual members. A class
    /// that derives from another class than object needs a subclass too: a facade is no instance of that base, so code
    /// that passes the legacy type as its base does not compile (CS1503) and old binaries that do fail (InvalidCastException).
    /// </summary>
    public static bool IsBuiltToBeDerivedFrom(DerivationFacts facts) =>
        facts.HasDerivableConstructor
        && (!facts.HasPublicConstructor || facts.DeclaresVirtualMembers || facts.DerivedInSource || facts.ConstraintInSource || facts.DerivesFromClass);

    /// <summary>The name of a requested shim as the user wrote it, or its number when it is no member.</summary>
    public static string NameOf(RequestedShim requested) =>
        requested is >= RequestedShim.Auto and <= RequestedShim.None
            ? requested.ToString()
            : ((int)requested).ToString(CultureInfo.InvariantCulture);
}
