using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>Where the members a shim forwards go, and how the shim names itself.</summary>
/// <param name="Instance">The expression of the canonical instance (<c>_canonical</c>), or <see langword="null"/> for a static forwarder.</param>
/// <param name="CanonicalType">The canonical type, fully qualified, that static members forward to.</param>
/// <param name="Facts">The compilation's facts.</param>
/// <param name="InstanceRef">How the instance is passed to the runtime's <c>init</c> accessor (<c>ref _canonical</c> for a struct), or <see langword="null"/>.</param>
/// <param name="Self">The facade's own type, written where the model stands it in for the canonical type.</param>
/// <param name="SelfName">The facade's simple name, which a method type parameter of that name would capture.</param>
/// <param name="QualifiedSelf">The facade's own type, fully qualified, for the members whose type parameters would capture <paramref name="Self"/>.</param>
/// <param name="HidesInherited">Whether the shim derives from the canonical type, so that each forwarder hides the member it inherits (<c>new</c>).</param>
/// <param name="ForgiveNullSelf">Whether nullable facade values meet conversions that cannot be annotated (see <see cref="SignatureText.ArgumentList"/>).</param>
/// <param name="Names">A facade's private names (its handler fields and <c>init</c> accessors), or <see langword="null"/> for other shims.</param>
internal sealed record ForwardingContext(
    string? Instance,
    string CanonicalType,
    CompilationFacts Facts,
    string? InstanceRef = null,
    string? Self = null,
    string? SelfName = null,
    string? QualifiedSelf = null,
    bool HidesInherited = false,
    bool ForgiveNullSelf = false,
    FacadeNames? Names = null);
