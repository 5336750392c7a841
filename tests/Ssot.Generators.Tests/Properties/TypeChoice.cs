namespace Ssot.Generators.Tests.Properties;

/// <summary>A type a member can use, with the default values C# accepts for a parameter of it.</summary>
/// <param name="Text">The type as source; <c>⟦Self⟧</c> stands for the canonical type with its type arguments.</param>
/// <param name="Defaults">Default value expressions; empty when the case gives no parameter of it a default.</param>
/// <param name="Storable">Whether a field or auto-property of it needs no initializer and raises no warning.</param>
/// <param name="RefLike">A ref struct: no field, no boxing, no type argument.</param>
internal sealed record TypeChoice(string Text, string[] Defaults, bool Storable, bool RefLike = false)
{
    public const string Self = "⟦Self⟧";

    public const string TypeName = "⟦T⟧";
}
