using System;
using System.Diagnostics;

namespace Ssot;

/// <summary>
/// Marks the canonical type that replaces one or more legacy types. The Ssot.Generators
/// generator emits, for each legacy name, a global using alias, an <see cref="ObsoleteAttribute"/>
/// legacy shim and a dependency-injection registration that maps every name to one instance.
/// </summary>
/// <remarks>
/// The attribute is only read at compile time: it is not kept in the compiled assembly unless
/// the <c>SSOT_KEEP_ATTRIBUTES</c> symbol is defined, so it costs nothing at run time.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
    AllowMultiple = false,
    Inherited = false)]
[Conditional("SSOT_KEEP_ATTRIBUTES")]
public sealed class CanonicalAttribute : Attribute
{
    /// <summary>Creates the attribute for one legacy name, with no array: CLS-compliant assemblies need no CS3016 suppression.</summary>
    /// <param name="legacyName">
    /// The fully qualified metadata name of the type this one replaces: <c>Ns.Name</c>, nested <c>Ns.Outer+Inner</c>,
    /// generic arity <c>Ns.Repo`1</c>.
    /// </param>
    public CanonicalAttribute(string legacyName)
    {
        LegacyNames = new[] { legacyName };
    }

    /// <summary>Creates the attribute.</summary>
    /// <param name="legacyNames">
    /// The fully qualified metadata names of the types this one replaces: <c>Ns.Name</c>,
    /// nested <c>Ns.Outer+Inner</c>, generic arity <c>Ns.Repo`1</c>. At least one.
    /// </param>
    public CanonicalAttribute(params string[] legacyNames)
    {
        LegacyNames = legacyNames;
    }

    /// <summary>The fully qualified metadata names of the types this one replaces.</summary>
    public string[] LegacyNames { get; }

    /// <summary>The shape of the legacy shim; <see cref="ShimKind.Auto"/> by default.</summary>
    public ShimKind Shim { get; set; }

    /// <summary>Whether to emit a global using alias for each legacy simple name; <see langword="true"/> by default.</summary>
    public bool Alias { get; set; } = true;

    /// <summary>The message of the legacy shim's <see cref="ObsoleteAttribute"/>; built from the names when <see langword="null"/>.</summary>
    public string? Message { get; set; }

    /// <summary>The diagnostic ID that legacy references are reported under; <c>SSOT0001</c> by default.</summary>
    public string DiagnosticId { get; set; } = "SSOT0001";

    /// <summary>The help link format of that diagnostic (<c>{0}</c> is replaced by the ID).</summary>
    public string? UrlFormat { get; set; }

    /// <summary>Whether legacy references are errors rather than warnings: the escalation phase of a migration.</summary>
    public bool Error { get; set; }

    /// <summary>The lifetime of the generated registration; <see cref="CanonicalLifetime.None"/> generates none.</summary>
    public CanonicalLifetime Lifetime { get; set; }

    /// <summary>Further service types (interfaces or bases of the canonical type) that resolve to the same instance.</summary>
    public Type[]? ServiceTypes { get; set; }

    /// <summary>The name of the generated registration extension method; <c>"Add" + the canonical type name</c> by default.</summary>
    public string? RegistrationMethod { get; set; }
}
