using System.Collections.Immutable;

namespace Ssot.Generators.Tests.Differential;

/// <summary>A public class of the library.</summary>
/// <param name="Name">Its v1 name, which every reference keeps in v2.</param>
/// <param name="NewName">Its v2 declaration name when v2 renames it (with <c>[Canonical]</c> naming the old one), else null.</param>
/// <param name="Reentrant">Its constructor passes <c>this</c> to <c>Registry.Register</c>, whose parameter says the old name.</param>
/// <param name="LibraryDerives">The library itself derives a class from it (Abstract and Base only).</param>
/// <param name="ConsumerDerives">The consumer derives from it (always for Abstract and Base; now and then for Open).</param>
/// <param name="ConsumerQualifies">The consumer writes it fully qualified, so v2 binds it to the shim, not the alias.</param>
internal sealed record ClassSpec(
    string Name,
    ClassKind Kind,
    string? NewName,
    bool Reentrant,
    bool LibraryDerives,
    bool ConsumerDerives,
    bool ConsumerQualifies,
    ImmutableArray<MemberSpec> Members)
{
    public bool IsRenamed => NewName is not null;

    /// <summary>Whether code outside the class can write <c>new Name(…)</c>.</summary>
    public bool IsConstructible => Kind is ClassKind.Sealed or ClassKind.Open;

    public bool IsInheritable => Kind is not ClassKind.Sealed;
}
