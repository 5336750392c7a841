using System.Collections.Immutable;

namespace Ssot.Generators.Tests.Differential;

/// <summary>A public class of the library.</summary>
/// <param name="Name">Its v1 name, which every reference keeps in v2.</param>
/// <param name="NewName">Its v2 declaration name when v2 renames it (with <c>[Canonical]</c> naming the old one), else null.</param>
/// <param name="Reentrant">
/// Its constructor passes <c>this</c> to <c>Registry.Register</c>, whose parameter says the old name (Sealed and Plain
/// only: where the shim is a subclass the canonical <c>this</c> is no legacy instance, RenameDefects.AbstractConstructorPassesThis).
/// </param>
/// <param name="LibraryDerives">The library itself derives a class from it (Open, Abstract and Base only).</param>
/// <param name="ConsumerDerives">The consumer derives from it (always for Abstract and Base; now and then for Open).</param>
/// <param name="ConsumerQualifies">The consumer writes it fully qualified, so v2 binds it to the shim, not the alias.</param>
/// <param name="ConstructorAccess">How its constructor is declared: <c>public</c>, or for Abstract and Base <c>protected</c> or <c>protected internal</c>.</param>
/// <param name="HasBase">
/// It derives from the library's <c>Component</c> class (Plain and Open only), and the consumer passes it as one: only a
/// subclass shim is a <c>Component</c>. Not re-entrant (see <paramref name="Reentrant"/>).
/// </param>
internal sealed record ClassSpec(
    string Name,
    ClassKind Kind,
    string? NewName,
    bool Reentrant,
    bool LibraryDerives,
    bool ConsumerDerives,
    bool ConsumerQualifies,
    string ConstructorAccess,
    ImmutableArray<MemberSpec> Members,
    bool HasBase = false)
{
    public bool IsRenamed => NewName is not null;

    /// <summary>Whether code outside the class can write <c>new Name(…)</c>.</summary>
    public bool IsConstructible => Kind is ClassKind.Sealed or ClassKind.Plain or ClassKind.Open;

    /// <summary>Whether it is built to be derived from (and so what a generic constraint may name).</summary>
    public bool IsInheritable => Kind is ClassKind.Open or ClassKind.Abstract or ClassKind.Base;
}
