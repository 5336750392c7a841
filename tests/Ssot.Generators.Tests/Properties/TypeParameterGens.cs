using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;

namespace Ssot.Generators.Tests.Properties;

/// <summary>Random type parameters with every kind of constraint.</summary>
internal static class TypeParameterGens
{
    /// <summary>Stands for the type parameter's own name inside its constraint (<c>IComparable&lt;T&gt;</c>).</summary>
    public const string Me = "⟦me⟧";

    private static readonly TypeParameterFlavor[] Referencable =
    [
        TypeParameterFlavor.Unconstrained, TypeParameterFlavor.Class, TypeParameterFlavor.NullableClass, TypeParameterFlavor.NotNull,
        TypeParameterFlavor.Interface, TypeParameterFlavor.BaseClass,
    ];

    /// <summary>Type parameters of a canonical type: 0 to 2, never <c>allows ref struct</c> (members store them).</summary>
    public static Gen<ImmutableArray<TypeParameterSpec>> ForType { get; } =
        from count in Gen.Frequency((6, Gen.Const(0)), (3, Gen.Const(1)), (1, Gen.Const(2)))
        from names in NamePools.TypeParameterName.Array[count]
        from flavors in Flavor(allowRefLike: false).Array[count]
        from pick in Gen.Int[0, 3]
        select Build(names, flavors, pick, outer: []);

    /// <summary>Type parameters of a method: may be <c>allows ref struct</c> or constrained by the type's own.</summary>
    public static Gen<ImmutableArray<TypeParameterSpec>> ForMethod(TypeContext context) =>
        from count in Gen.Frequency((7, Gen.Const(0)), (2, Gen.Const(1)), (1, Gen.Const(2)))
        from names in Gen.Frequency((4, NamePools.TypeParameterName), (1, NamePools.KeywordName), (1, NamePools.UnicodeName)).Array[count]
        from flavors in Flavor(allowRefLike: true).Array[count]
        from pick in Gen.Int[0, 3]
        select Build(names, flavors, pick, context.TypeParametersHidden ? [] : context.TypeParameters);

    /// <summary>Hands the names to <paramref name="builder"/>; returns <c>&lt;T, U&gt;</c> and sets the where clauses.</summary>
    public static string Place(TemplateBuilder builder, ImmutableArray<TypeParameterSpec> typeParameters, out string constraints)
    {
        constraints = string.Empty;
        if (typeParameters.IsEmpty)
        {
            return string.Empty;
        }

        var names = new List<string>();
        foreach (TypeParameterSpec typeParameter in typeParameters)
        {
            string placeholder = TemplateBuilder.Local(builder.AddLocal(typeParameter.Name));
            names.Add(placeholder);
            if (typeParameter.Constraints.Length > 0)
            {
                constraints += " where " + placeholder + " : " + typeParameter.Constraints.Replace(Me, placeholder, System.StringComparison.Ordinal);
            }
        }

        return "<" + string.Join(", ", names) + ">";
    }

    private static Gen<TypeParameterFlavor> Flavor(bool allowRefLike)
    {
        var flavors = new List<(int, TypeParameterFlavor)>
        {
            (6, TypeParameterFlavor.Unconstrained), (2, TypeParameterFlavor.Class), (1, TypeParameterFlavor.NullableClass),
            (2, TypeParameterFlavor.Struct), (1, TypeParameterFlavor.Unmanaged), (1, TypeParameterFlavor.NotNull),
            (1, TypeParameterFlavor.New), (2, TypeParameterFlavor.Interface), (1, TypeParameterFlavor.BaseClass),
            (1, TypeParameterFlavor.OtherTypeParameter),
        };
        if (allowRefLike)
        {
            flavors.Add((1, TypeParameterFlavor.RefLike));
        }

        return Gen.Frequency(flavors.Select(f => (f.Item1, (IGen<TypeParameterFlavor>)Gen.Const(f.Item2))).ToArray());
    }

    private static ImmutableArray<TypeParameterSpec> Build(Name[] names, TypeParameterFlavor[] flavors, int pick, ImmutableArray<TypeParameterSpec> outer)
    {
        var result = new List<TypeParameterSpec>();
        for (int i = 0; i < names.Length; i++)
        {
            Name name = names[i];
            for (int n = 2; result.Concat(outer).Any(t => t.Name.Value == name.Value); n++)
            {
                name = names[i].WithSuffix(n);
            }

            TypeParameterFlavor flavor = flavors[i];
            string constraints;
            if (flavor == TypeParameterFlavor.OtherTypeParameter)
            {
                // Another type parameter as a constraint: only one that is not a value type (CS0456).
                TypeParameterSpec[] candidates = outer.Concat(result).Where(t => Referencable.Contains(t.Flavor)).ToArray();
                if (candidates.Length == 0)
                {
                    flavor = TypeParameterFlavor.Unconstrained;
                    constraints = string.Empty;
                }
                else
                {
                    constraints = candidates[pick % candidates.Length].Name.Source;
                }
            }
            else
            {
                constraints = flavor switch
                {
                    TypeParameterFlavor.Class => pick % 2 == 0 ? "class" : "class, new()",
                    TypeParameterFlavor.NullableClass => "class?",
                    TypeParameterFlavor.Struct => "struct",
                    TypeParameterFlavor.Unmanaged => "unmanaged",
                    TypeParameterFlavor.NotNull => "notnull",
                    TypeParameterFlavor.New => "new()",
                    TypeParameterFlavor.Interface => pick % 2 == 0 ? "global::System.IComparable<" + Me + ">" : "global::CaseSupport.ISupport",
                    TypeParameterFlavor.BaseClass => "global::CaseSupport.BaseThing",
                    TypeParameterFlavor.RefLike => "allows ref struct",
                    _ => string.Empty,
                };
            }

            result.Add(new TypeParameterSpec(name, string.Empty, flavor, constraints));
        }

        return result.ToImmutableArray();
    }
}
