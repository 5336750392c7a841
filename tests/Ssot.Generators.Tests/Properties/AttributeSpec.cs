using System.Collections.Immutable;

namespace Ssot.Generators.Tests.Properties;

/// <summary>The named arguments of one <c>[Canonical]</c>; <see langword="null"/> leaves the argument out.</summary>
/// <param name="Shim">A <c>ShimKind</c> member name.</param>
/// <param name="Lifetime">A <c>CanonicalLifetime</c> member name.</param>
/// <param name="ServiceTypes">Type names (fully qualified) for <c>ServiceTypes</c>; empty leaves the argument out.</param>
internal sealed record AttributeSpec(
    string? Shim,
    string? Lifetime,
    bool? Alias,
    string? DiagnosticId,
    bool Error,
    string? Message,
    string? UrlFormat,
    ImmutableArray<string> ServiceTypes)
{
    public string ReferenceId => DiagnosticId ?? "SSOT0001";
}
