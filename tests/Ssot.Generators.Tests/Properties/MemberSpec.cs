using System.Collections.Immutable;
using System.Globalization;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// One member declaration of a canonical type, as source. <see cref="Template"/> holds <c>⟦0⟧</c>, <c>⟦1⟧</c>… where
/// <see cref="Names"/> go (and <c>⟦v0⟧</c>… where their values go, inside string literals), so names can still be made
/// unique across the type after the member was generated; <c>⟦T⟧</c> and <c>⟦Self⟧</c> stand for the type's name.
/// </summary>
/// <param name="ScopedNames">How many leading <see cref="Names"/> are members of the type (the rest are parameters and the like).</param>
/// <param name="Key">For members without a name of their own (indexers, operators, constructors): what two of them must not share.</param>
/// <param name="SecondPart">Whether the member goes to the second part of a type split over two files.</param>
/// <param name="IsNestedType">Whether it declares a nested type (named by the first name).</param>
/// <param name="IsStorage">Whether it declares an instance field (a field, an auto-property, a field-like event).</param>
internal sealed record MemberSpec(string Template, ImmutableArray<Name> Names, int ScopedNames, string? Key, bool SecondPart = false, bool IsNestedType = false, bool IsStorage = false)
{
    public string Render(string typeName, string self)
    {
        string text = Template;
        for (int i = Names.Length - 1; i >= 0; i--)
        {
            text = text.Replace(Placeholder(i), Names[i].Source, System.StringComparison.Ordinal)
                .Replace(ValuePlaceholder(i), Names[i].Value, System.StringComparison.Ordinal);
        }

        return text.Replace(TypeChoice.Self, self, System.StringComparison.Ordinal).Replace(TypeChoice.TypeName, typeName, System.StringComparison.Ordinal);
    }

    public static string Placeholder(int index) => "⟦" + index.ToString(CultureInfo.InvariantCulture) + "⟧";

    public static string ValuePlaceholder(int index) => "⟦v" + index.ToString(CultureInfo.InvariantCulture) + "⟧";
}
