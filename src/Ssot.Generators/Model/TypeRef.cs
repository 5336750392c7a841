namespace Ssot.Generators.Model;

/// <summary>A type as a forwarded signature names it.</summary>
/// <param name="Text">The type, fully qualified (<c>global::Ns.Type?</c>); empty for the shim's own type.</param>
/// <param name="IsSelf">
/// Whether this is where a facade takes or returns itself in place of the canonical type (passed by value), so a binary
/// compiled against the old type finds the member it was compiled against.
/// </param>
/// <param name="IsNullable">For the shim's own type: whether it is written with <c>?</c>.</param>
internal sealed record TypeRef(string Text, bool IsSelf = false, bool IsNullable = false)
{
    public static TypeRef Self(bool nullable) => new(string.Empty, IsSelf: true, nullable);
}
