using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace Ssot.Generators.Tests.Properties;

/// <summary>The types members use, each with defaults of every kind: enums (named, unnamed, flags, negative), decimal,
/// char and string escapes, NaN and infinities, negative zero, extremes, null and default.</summary>
internal static class CaseTypes
{
    private const string Color = "global::CaseSupport.Color";
    private const string Small = "global::CaseSupport.Small";
    private const string Big = "global::CaseSupport.Big";
    private const string Bits = "global::CaseSupport.Bits";

    public static readonly TypeChoice[] Common =
    [
        new("int", ["0", "-1", "42", "-2147483648", "2147483647"], true),
        new("long", ["long.MinValue", "-9223372036854775807L", "5L"], true),
        new("uint", ["4000000000u", "0u", "uint.MaxValue"], true),
        new("ulong", ["18446744073709551615UL", "ulong.MaxValue"], true),
        new("short", ["-2", "short.MinValue", "short.MaxValue"], true),
        new("ushort", ["65535", "(ushort)1"], true),
        new("byte", ["255", "(byte)0"], true),
        new("sbyte", ["-128", "(sbyte)-1"], true),
        new("bool", ["true", "false"], true),
        new("char", ["'a'", "'\\''", "'\\\\'", "'\\0'", "'\\n'", "'\\u2028'", "'\\uFFFF'", "'ß'", "'İ'", "'\"'", "'\\uD800'"], true),
        new("string?", ["null", "\"\"", "\"a\\\"b\"", "\"tab\\tnew\\nline\\r\"", "\"\\\\\"", "\"\\0\"", "\"😀\"", "\"İıiI\"", "\"\\u0085\\u2028\\u2029\"", "\"{0}\"", "\"\\uD800\"", "\"١٢٣\""], true),
        new("string", ["\"x\"", "\"\"", "\"é\\u0301\""], false),
        new("float", ["1.25f", "float.NaN", "float.PositiveInfinity", "-0f", "float.Epsilon", "float.MaxValue", "0.1f", "-1e-10f"], true),
        new("double", ["double.NaN", "double.NegativeInfinity", "5e-324", "double.MaxValue", "-0.0", "0.1", "1e21", "-1.5", "1E+15"], true),
        new("decimal", ["-0.5m", "decimal.MaxValue", "0.0000000000000000000000000001m", "1.10m", "decimal.MinValue", "0m", "-0.0m"], true),
        new("nint", ["-1", "0"], true),
        new("nuint", ["5", "0"], true),
        new(Color, [Color + ".Red", "(" + Color + ")7", Color + ".@class", "default", "0", Color + ".Green | " + Color + ".Blue"], true),
        new(Small, [Small + ".Neg", "(" + Small + ")(-5)", "default"], true),
        new(Big, [Big + ".Max", "(" + Big + ")1"], true),
        new(Bits, [Bits + ".A | " + Bits + ".B", Bits + ".None", "(" + Bits + ")255"], true),
        new("int?", ["null", "5", "-1"], true),
        new(Color + "?", ["null", Color + ".Blue", "(" + Color + ")3"], true),
        new("decimal?", ["1.5m", "null"], true),
        new("char?", ["'x'", "null"], true),
        new("bool?", ["true", "null"], true),
        new("double?", ["double.NaN", "null"], true),
        new("object?", ["null"], true),
        new("object", [], false),
        new("global::System.DateTime", ["default", "new global::System.DateTime()"], true),
        new("global::System.Threading.CancellationToken", ["default"], true),
        new("global::CaseSupport.Point", ["default", "new global::CaseSupport.Point()"], true),
        new("global::CaseSupport.Point?", ["null", "default"], true),
        new("int[]?", ["null"], true),
        new("global::System.Collections.Generic.List<string?>?", ["null"], true),
        new("global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<int?>>?", ["null"], true),
        new("(int A, string? B)", ["default"], true),
        new("global::System.Action<int>?", ["null"], true),
        new("global::System.Guid", ["default"], true),
        new("global::CaseSupport.ISupport?", ["null"], true),
    ];

    public static readonly TypeChoice[] RefLike =
    [
        new("global::System.ReadOnlySpan<char>", ["default"], false, RefLike: true),
        new("global::System.Span<int>", [], false, RefLike: true),
    ];

    /// <summary>Constants: a type and a value of it.</summary>
    public static readonly (string Type, string Value)[] Constants =
    [
        ("int", "-2147483648"), ("long", "long.MinValue"), ("string", "\"a\\\"b\\n\\u2028\""), ("string?", "null"),
        ("string", "\"İstanbul\""), ("char", "'\\''"), ("double", "double.NaN"), ("double", "-0.0"), ("float", "float.NegativeInfinity"),
        ("decimal", "1.10m"), ("decimal", "decimal.MinValue"), ("bool", "true"), (Color, Color + ".@class"), (Color, "(" + Color + ")9"),
        (Small, Small + ".Neg"), ("byte", "255"), ("ulong", "ulong.MaxValue"), ("object?", "null"), ("uint", "0x80000000"),
    ];

    /// <summary>The event types: sender-first handlers (which facades re-send), plain actions, a handler with a ref parameter.</summary>
    public static readonly (string Type, string RaiseArguments)[] Events =
    [
        ("global::System.EventHandler?", "null, global::System.EventArgs.Empty"),
        ("global::System.EventHandler<int>?", "null, 0"),
        ("global::System.Action<int, string?>?", "0, null"),
        ("global::System.Action?", string.Empty),
        ("global::System.Action<object?, int>?", "null, 1"),
        ("global::System.Func<int>?", string.Empty),
        ("global::CaseSupport.Handler?", "null!, ref ⟦ref⟧"),
    ];

    /// <summary>Types for a member of a canonical type in <paramref name="context"/>: the common ones, the type itself, its type parameters.</summary>
    public static Gen<TypeChoice> For(TypeContext context, bool allowRefLike, bool storage)
    {
        var choices = new List<(int Weight, TypeChoice Choice)>();
        choices.AddRange(Common.Select(c => (2, c)));
        if (allowRefLike && !storage)
        {
            choices.AddRange(RefLike.Select(c => (2, c)));
        }

        // A variant interface's own type mentions its type parameters, so it is left out with them.
        foreach (TypeChoice self in context.TypeParametersHidden ? [] : SelfTypes(context, storage))
        {
            choices.Add((8, self));
        }

        if (!context.TypeParametersHidden)
        {
            foreach (TypeParameterSpec typeParameter in context.TypeParameters.Where(t => t.IsStorable))
            {
                string name = typeParameter.Name.Source;
                choices.Add((6, new TypeChoice(name + "?", typeParameter.Flavor is TypeParameterFlavor.Class or TypeParameterFlavor.NullableClass ? ["null", "default"] : ["default"], true)));
                if (!storage)
                {
                    choices.Add((4, new TypeChoice(name, ["default!"], false)));
                    choices.Add((2, new TypeChoice("global::System.Collections.Generic.List<" + name + ">?", ["null"], true)));
                }
            }
        }

        IEnumerable<(int, TypeChoice)> usable = choices.Where(c => !storage || c.Choice.Storable);
        return Gen.Frequency(usable.Select(c => (c.Item1, (IGen<TypeChoice>)Gen.Const(c.Item2))).ToArray());
    }

    private static IEnumerable<TypeChoice> SelfTypes(TypeContext context, bool storage)
    {
        if (context.Kind == CaseKind.StaticClass || context.IsRefStruct)
        {
            yield break;
        }

        if (context.IsStruct)
        {
            // A struct field of its own type (or Nullable of it) is a layout cycle.
            if (!storage)
            {
                yield return new TypeChoice(TypeChoice.Self, ["default"], false);
                yield return new TypeChoice(TypeChoice.Self + "?", ["null"], false);
                yield return new TypeChoice("global::System.Collections.Generic.List<" + TypeChoice.Self + ">?", ["null"], true);
            }

            yield break;
        }

        yield return new TypeChoice(TypeChoice.Self + "?", ["null"], true);
        if (!storage)
        {
            yield return new TypeChoice(TypeChoice.Self, [], false);
            yield return new TypeChoice(TypeChoice.Self + "[]?", ["null"], true);
        }
    }
}
