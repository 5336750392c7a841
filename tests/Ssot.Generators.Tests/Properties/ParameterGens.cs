using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;

namespace Ssot.Generators.Tests.Properties;

/// <summary>Random parameter lists: every ref kind, <c>scoped</c>, <c>params</c> arrays and spans, defaults of every type, caller info.</summary>
internal static class ParameterGens
{
    private const string CallerMemberName = "[global::System.Runtime.CompilerServices.CallerMemberName] ";
    private const string CallerLineNumber = "[global::System.Runtime.CompilerServices.CallerLineNumber] ";
    private const string CallerArgumentExpression = "[global::System.Runtime.CompilerServices.CallerArgumentExpression(\"";

    /// <summary>Parameters, a <c>params</c> type (or null) and a caller-info kind (0 for none).</summary>
    public static Gen<(ImmutableArray<ParameterPlan> Plans, string? ParamsType, int Caller)> List(TypeContext context, ParameterRules rules) =>
        from plans in One(context, rules).Array[0, rules.Max]
        from paramsType in ParamsType(context, rules)
        from caller in rules.CallerInfo ? Gen.Frequency((12, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2)), (1, Gen.Const(3))) : Gen.Const(0)
        select (plans.ToImmutableArray(), paramsType, caller);

    /// <summary>Places the parameters (required, optional, caller info, params) and hands their names to <paramref name="builder"/>.</summary>
    public static PlacedParameters Place(TemplateBuilder builder, (ImmutableArray<ParameterPlan> Plans, string? ParamsType, int Caller) list, Name? paramsName = null)
    {
        var parts = new List<string>();
        var keys = new List<string>();
        var locals = new List<int>();
        foreach (ParameterPlan plan in list.Plans.Where(p => !p.IsOptional).Concat(list.Plans.Where(p => p.IsOptional)))
        {
            int local = builder.AddLocal(plan.Name);
            locals.Add(local);
            parts.Add(plan.Modifier + plan.Type.Text + " " + TemplateBuilder.Local(local) + (plan.IsOptional ? " = " + plan.Default : string.Empty));
            keys.Add(KeyOf(plan.Modifier, plan.Type.Text));
        }

        if (list.Caller != 0 && (list.Caller != 3 || locals.Count > 0))
        {
            int local = builder.AddLocal(list.Caller switch { 1 => Name.Plain("member"), 2 => Name.Plain("line"), _ => Name.Plain("expression") });
            parts.Add(list.Caller switch
            {
                1 => CallerMemberName + "string " + TemplateBuilder.Local(local) + " = \"\"",
                2 => CallerLineNumber + "int " + TemplateBuilder.Local(local) + " = 0",
                _ => CallerArgumentExpression + TemplateBuilder.LocalValue(locals[0]) + "\")] string? " + TemplateBuilder.Local(local) + " = null",
            });
            keys.Add(list.Caller == 2 ? "int" : "string");
            locals.Add(local);
        }

        if (list.ParamsType is { } paramsType)
        {
            int local = builder.AddLocal(paramsName ?? Name.Plain("rest"));
            parts.Add("params " + paramsType + " " + TemplateBuilder.Local(local));
            keys.Add(KeyOf(string.Empty, paramsType));
            locals.Add(local);
        }

        return new PlacedParameters(string.Join(", ", parts), string.Join(",", keys), locals.ToImmutableArray());
    }

    // Overloads cannot differ only in ref kind or in nullable annotations: the key is as coarse as the compiler's rule.
    private static string KeyOf(string modifier, string type) =>
        (modifier.Trim().Length > 0 && modifier.Trim() != "scoped" ? "&" : string.Empty) + type.Replace("?", string.Empty, System.StringComparison.Ordinal);

    private static Gen<ParameterPlan> One(TypeContext context, ParameterRules rules) =>
        from name in rules.NoValueName ? NamePools.ParameterName.Where(n => n.Value != "value") : NamePools.ParameterName
        from type in CaseTypes.For(context, rules.RefLike, storage: false)
        from modifier in Modifier(type, rules)
        from pick in Gen.Int[0, 1000]
        from wantsDefault in rules.Defaults ? Gen.Int[0, 9].Select(i => i < 4) : Gen.Const(false)
        select new ParameterPlan(name, type, modifier, pick, wantsDefault);

    private static Gen<string> Modifier(TypeChoice type, ParameterRules rules)
    {
        if (type.RefLike)
        {
            return Gen.Frequency((4, Gen.Const(string.Empty)), (1, Gen.Const("scoped ")));
        }

        return rules.RefKinds
            ? Gen.Frequency(
                (12, Gen.Const(string.Empty)),
                (2, Gen.Const("ref ")),
                (2, Gen.Const("out ")),
                (2, Gen.Const("in ")),
                (1, Gen.Const("ref readonly ")),
                (1, Gen.Const("scoped ref ")))
            : Gen.Const(string.Empty);
    }

    private static Gen<string?> ParamsType(TypeContext context, ParameterRules rules)
    {
        if (!rules.Params)
        {
            return Gen.Const((string?)null);
        }

        var types = new List<string> { "int[]", "string?[]", "object?[]", "global::CaseSupport.Color[]" };
        if (rules.RefLike)
        {
            types.Add("global::System.ReadOnlySpan<int>");
        }

        if (!context.TypeParametersHidden)
        {
            types.AddRange(context.TypeParameters.Where(t => t.IsStorable).Select(t => t.Name.Source + "[]"));
        }

        return Gen.Frequency((6, Gen.Const((string?)null)), (1, Gen.OneOf(types.ToArray()).Select(t => (string?)t)));
    }
}
