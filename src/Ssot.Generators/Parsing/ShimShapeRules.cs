using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>The rules that turn the requested <c>ShimKind</c> into the shape emitted for a canonical type.</summary>
internal static class ShimShapeRules
{
    // The values of Ssot.ShimKind; the generator does not reference the attributes assembly.
    public const int Auto = 0;
    public const int Facade = 1;
    public const int Subclass = 2;
    public const int None = 3;

    public static CanonicalKind KindOf(INamedTypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Interface } => CanonicalKind.Interface,
        { TypeKind: TypeKind.Struct } => CanonicalKind.Struct,
        { IsStatic: true } => CanonicalKind.StaticClass,
        { IsAbstract: true } => CanonicalKind.AbstractClass,
        { IsSealed: true } => CanonicalKind.SealedClass,
        _ => CanonicalKind.Class,
    };

    /// <summary>Resolves the requested shim kind, or returns <see langword="null"/> with the reason it cannot exist.</summary>
    public static ShimShape? Resolve(int requested, INamedTypeSymbol type, out string reason)
    {
        reason = string.Empty;
        CanonicalKind kind = KindOf(type);
        switch (requested)
        {
            case None:
                return ShimShape.None;

            case Auto:
                if (kind == CanonicalKind.AbstractClass && !HasDerivableConstructor(type))
                {
                    reason = "an abstract type with no constructor a derived class can call has no shim; use ShimKind.None";
                    return null;
                }

                return kind switch
                {
                    CanonicalKind.Interface => ShimShape.DerivedInterface,
                    CanonicalKind.StaticClass => ShimShape.StaticForwarder,
                    CanonicalKind.AbstractClass => ShimShape.Subclass,
                    _ => ShimShape.Facade,
                };

            case Facade:
                reason = kind switch
                {
                    CanonicalKind.Interface => "an interface has no instance to wrap; use ShimKind.Auto for a derived interface",
                    CanonicalKind.StaticClass => "a static class has no instance to wrap; use ShimKind.Auto for a static forwarding class",
                    CanonicalKind.AbstractClass => "a facade cannot construct an abstract type; use ShimKind.Subclass",
                    _ => string.Empty,
                };
                return reason.Length == 0 ? ShimShape.Facade : null;

            case Subclass:
                reason = kind switch
                {
                    CanonicalKind.Interface => "an interface cannot be subclassed; use ShimKind.Auto for a derived interface",
                    CanonicalKind.StaticClass => "a static class cannot be derived from",
                    CanonicalKind.SealedClass => "a sealed class cannot be derived from",
                    CanonicalKind.Struct => "a struct cannot be derived from; use ShimKind.Facade",
                    _ when !HasDerivableConstructor(type) =>
                        "it has no constructor a derived class can call",
                    _ => string.Empty,
                };
                return reason.Length == 0 ? ShimShape.Subclass : null;

            default:
                reason = "the value is not a ShimKind member";
                return null;
        }
    }

    // A record's copy constructor is no constructor for a derived record's own constructors to call.
    private static bool HasDerivableConstructor(INamedTypeSymbol type) =>
        type.InstanceConstructors.Any(c => c.DeclaredAccessibility is not (Accessibility.Private or Accessibility.NotApplicable)
            && !(type.IsRecord && c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)));

    public static string KindName(int requested) => requested switch
    {
        Auto => "Auto",
        Facade => "Facade",
        Subclass => "Subclass",
        None => "None",
        _ => requested.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
