using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// Random members of a canonical type, valid for its kind: methods (generic, constrained, every parameter shape),
/// properties (get/set/init, required, ref returns), indexers, events, fields, constants, static members, operators,
/// constructors, nested types. Bodies throw: the case is compiled, never run.
/// </summary>
internal static class MemberGens
{
    private const string Throw = " => throw null!;";

    public static Gen<MemberSpec> Any(TypeContext context)
    {
        var kinds = new List<(int, IGen<MemberSpec>)>
        {
            (10, Method(context)),
            (7, Property(context)),
            (3, Event(context)),
            (4, Field(context)),
            (3, Constant(context)),
        };
        if (!context.TypeParametersHidden)
        {
            // A variant interface cannot hold nested classes, structs or enums (CS8427).
            kinds.Add((2, NestedType(context)));
        }

        if (!context.IsStatic)
        {
            kinds.Add((3, Indexer(context)));
        }

        if (context.HasInstanceBodies)
        {
            kinds.Add((2, RefReturn(context)));
            kinds.Add((2, NullableFlow(context)));
        }

        if (context.CanHaveOperators)
        {
            kinds.Add((4, Operator(context)));
        }

        if (context.HasInstanceBodies && !context.IsRefStruct)
        {
            kinds.Add((3, Constructor(context)));
        }

        if (context.CanHaveExtensions)
        {
            kinds.Add((5, Extension(context)));
        }

        if (!context.IsInterface)
        {
            kinds.Add((1, Gen.Const(new TemplateBuilder().Build("static " + TypeChoice.TypeName + "() { }", "cctor"))));
        }

        return Gen.Frequency(kinds.ToArray()).SelectMany(member => MarkingAttribute.Select(attribute =>
            attribute.Length == 0 || member.Template.Contains('\n', System.StringComparison.Ordinal) || member.Template.Contains("required ", System.StringComparison.Ordinal)
                ? member
                : member with { Template = attribute + "\n" + member.Template }));
    }

    /// <summary>
    /// Now and then a member is obsolete (a warning or an error to call) or experimental (an error to call): a shim that
    /// calls it must neither warn nor fail. Members that other members of the case call (an event and its raiser) stay
    /// unmarked, and so do required ones (an obsolete required member is a warning, CS9042).
    /// </summary>
    private static Gen<string> MarkingAttribute { get; } = Gen.Frequency(
        new (int, string)[]
        {
            (40, string.Empty),
            (1, "[global::System.Obsolete(\"Use something else.\")]"),
            (1, "[global::System.Obsolete(\"Gone.\", true)]"),
            (1, "[global::System.Diagnostics.CodeAnalysis.Experimental(\"CASE001\")]"),
        }
        .Select(a => (a.Item1, (IGen<string>)Gen.Const(a.Item2)))
        .ToArray());

    /// <summary>"public ", "internal ", … as the kind allows; never private where <paramref name="overridable"/>.</summary>
    public static Gen<string> Access(TypeContext context, bool overridable = false)
    {
        if (context.IsInterface)
        {
            return Gen.OneOf(string.Empty, "public ");
        }

        var choices = new List<(int, string)> { (8, "public "), (3, "internal ") };
        if (!overridable)
        {
            choices.Add((1, "private "));
        }

        if (context.IsInheritable)
        {
            choices.Add((1, "protected internal "));
            choices.Add((1, "protected "));
            choices.Add((1, "private protected "));
        }

        return Gen.Frequency(choices.Select(c => (c.Item1, (IGen<string>)Gen.Const(c.Item2))).ToArray());
    }

    private static Gen<bool> IsStatic(TypeContext context) =>
        context.IsStatic ? Gen.Const(true) : Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true)));

    private static Gen<MemberSpec> Method(TypeContext context) =>
        from name in NamePools.MemberName
        from isStatic in IsStatic(context)
        from shape in MethodShape(context, isStatic)
        from access in Access(context, overridable: shape is "virtual " or "abstract ")
        from typeParameters in TypeParameterGens.ForMethod(context)
        let inner = context with { TypeParameters = context.TypeParameters.AddRange(typeParameters) }
        from returns in Gen.Frequency((2, Gen.Const((TypeChoice?)null)), (5, CaseTypes.For(inner, allowRefLike: true, storage: false).Select(t => (TypeChoice?)t)))
        from parameters in ParameterGens.List(inner, ParameterRules.Method)
        select BuildMethod(context, name, isStatic, shape, access, typeParameters, returns, parameters);

    private static MemberSpec BuildMethod(
        TypeContext context,
        Name name,
        bool isStatic,
        string shape,
        string access,
        ImmutableArray<TypeParameterSpec> typeParameters,
        TypeChoice? returns,
        (ImmutableArray<ParameterPlan>, string?, int) parameters)
    {
        var builder = new TemplateBuilder();
        string method = builder.Scoped(name);
        string typeParameterList = TypeParameterGens.Place(builder, typeParameters, out string constraints);
        PlacedParameters placed = ParameterGens.Place(builder, parameters);
        bool hasBody = !(shape == "abstract " || (context.IsInterface && !isStatic && shape != "default "));
        string modifiers = access + (isStatic ? "static " : string.Empty) + (shape == "default " ? string.Empty : shape);
        return builder.Build(
            modifiers + (returns?.Text ?? "void") + " " + method + typeParameterList + "(" + placed.Text + ")" + constraints + (hasBody ? Throw : ";"));
    }

    /// <summary>"", "virtual ", "abstract ", "readonly " (struct), "default " (an interface method with a body).</summary>
    private static Gen<string> MethodShape(TypeContext context, bool isStatic)
    {
        if (isStatic)
        {
            return Gen.Const(string.Empty);
        }

        var shapes = new List<(int, string)> { (6, string.Empty) };
        if (context.IsInheritable)
        {
            shapes.Add((2, "virtual "));
        }

        if (context.IsAbstract)
        {
            shapes.Add((3, "abstract "));
        }

        if (context.IsStruct && !context.IsReadOnly)
        {
            shapes.Add((2, "readonly "));
        }

        if (context.IsInterface)
        {
            shapes.Add((2, "default "));
        }

        return Gen.Frequency(shapes.Select(s => (s.Item1, (IGen<string>)Gen.Const(s.Item2))).ToArray());
    }

    private static Gen<MemberSpec> Extension(TypeContext context) =>
        from name in NamePools.MemberName
        from receiver in Gen.OneOf("this int", "this string?", "this global::CaseSupport.Color", "this ref int", "this in global::CaseSupport.Point", "this object?", "this TReceiver")
        from returns in CaseTypes.For(context, allowRefLike: false, storage: false)
        from parameters in ParameterGens.List(context, ParameterRules.Method with { Max = 2 })
        select BuildExtension(name, receiver, returns, parameters);

    private static MemberSpec BuildExtension(Name name, string receiver, TypeChoice returns, (ImmutableArray<ParameterPlan>, string?, int) parameters)
    {
        var builder = new TemplateBuilder();
        string method = builder.Scoped(name);
        string typeParameterList = string.Empty;
        if (receiver.EndsWith("TReceiver", System.StringComparison.Ordinal))
        {
            int t = builder.AddLocal(Name.Plain("TReceiver"));
            receiver = "this " + TemplateBuilder.Local(t);
            typeParameterList = "<" + TemplateBuilder.Local(t) + ">";
        }

        int self = builder.AddLocal(Name.Plain("self"));
        PlacedParameters placed = ParameterGens.Place(builder, parameters);
        string rest = placed.Text.Length == 0 ? string.Empty : ", " + placed.Text;
        return builder.Build("public static " + returns.Text + " " + method + typeParameterList + "(" + receiver + " " + TemplateBuilder.Local(self) + rest + ")" + Throw);
    }

    private static Gen<MemberSpec> Property(TypeContext context) =>
        from name in NamePools.MemberName
        from isStatic in IsStatic(context)
        from shape in PropertyShape(context, isStatic)
        from access in Access(context, overridable: shape.StartsWith("virtual", System.StringComparison.Ordinal) || shape.StartsWith("abstract", System.StringComparison.Ordinal))
        from type in CaseTypes.For(context, allowRefLike: shape == "expression", storage: shape.Split(' ')[0] is "auto" or "required" or "virtual")
        select BuildProperty(context, name, isStatic, shape, access, type);

    /// <summary>The property shapes the kind allows.</summary>
    private static Gen<string> PropertyShape(TypeContext context, bool isStatic)
    {
        var shapes = new List<(int, string)>();
        if (context.IsInterface && !isStatic)
        {
            shapes.Add((3, "sig get; set;"));
            shapes.Add((2, "sig get;"));
            shapes.Add((2, "sig get; init;"));
            shapes.Add((1, "expression"));
            return Gen.Frequency(shapes.Select(s => (s.Item1, (IGen<string>)Gen.Const(s.Item2))).ToArray());
        }

        shapes.Add((3, "expression"));
        shapes.Add((2, "bodies"));
        if (context.IsReadOnly && !isStatic)
        {
            shapes.Add((3, "auto get;"));
            shapes.Add((3, "auto get; init;"));
        }
        else
        {
            shapes.Add((4, "auto get; set;"));
            shapes.Add((2, "auto get;"));
            if (!isStatic)
            {
                shapes.Add((3, "auto get; init;"));
                shapes.Add((1, "auto get; private set;"));
                shapes.Add((1, "auto get; internal set;"));
                shapes.Add((1, "auto private get; set;"));
                if (!context.IsInterface && !context.IsRefStruct)
                {
                    shapes.Add((1, "required get; set;"));
                    shapes.Add((1, "required get; init;"));
                }

                if (context.IsInheritable)
                {
                    shapes.Add((1, "auto get; protected set;"));
                    shapes.Add((2, "virtual get; set;"));
                }
            }
        }

        if (context.IsAbstract && !isStatic)
        {
            shapes.Add((3, "abstract get; set;"));
            shapes.Add((2, "abstract get;"));
            shapes.Add((1, "abstract get; init;"));
        }

        return Gen.Frequency(shapes.Select(s => (s.Item1, (IGen<string>)Gen.Const(s.Item2))).ToArray());
    }

    private static MemberSpec BuildProperty(TypeContext context, Name name, bool isStatic, string shape, string access, TypeChoice type)
    {
        var builder = new TemplateBuilder();
        string property = builder.Scoped(name);
        string @static = isStatic ? "static " : string.Empty;
        string accessors = shape.Substring(shape.IndexOf(' ') + 1);

        // Accessor modifiers and 'required' need a public property.
        if (accessors.Contains("private ") || accessors.Contains("internal ") || accessors.Contains("protected ") || shape.StartsWith("required", System.StringComparison.Ordinal))
        {
            access = "public ";
        }

        string declaration = access + @static + type.Text + " " + property;
        bool storage = !isStatic && shape.Split(' ')[0] is "auto" or "required" or "virtual";
        string text = shape switch
        {
            "expression" => declaration + Throw,
            "bodies" => declaration + " { get => throw null!; set { } }",
            _ when shape.StartsWith("sig ", System.StringComparison.Ordinal) => declaration + " { " + accessors + " }",
            _ when shape.StartsWith("auto ", System.StringComparison.Ordinal) => declaration + " { " + accessors + " }",
            _ when shape.StartsWith("required ", System.StringComparison.Ordinal) => access + "required " + type.Text + " " + property + " { " + accessors + " }",
            _ when shape.StartsWith("virtual ", System.StringComparison.Ordinal) => access + "virtual " + type.Text + " " + property + " { " + accessors + " }",
            _ => access + "abstract " + type.Text + " " + property + " { " + accessors + " }",
        };
        return builder.Build(text) with { IsStorage = storage };
    }

    private static Gen<MemberSpec> RefReturn(TypeContext context) =>
        from name in NamePools.MemberName
        from parameter in NamePools.ParameterName
        from isStatic in IsStatic(context)
        from access in Access(context)
        from shape in Gen.Int[0, 2]
        select BuildRefReturn(name, parameter, isStatic, access, shape);

    private static MemberSpec BuildRefReturn(Name name, Name parameter, bool isStatic, string access, int shape)
    {
        var builder = new TemplateBuilder();
        string member = builder.Scoped(name);
        string @static = isStatic ? "static " : string.Empty;
        if (shape == 2)
        {
            return builder.Build(access + @static + "ref int " + member + Throw);
        }

        string p = TemplateBuilder.Local(builder.AddLocal(parameter));
        return builder.Build(shape == 0
            ? access + @static + "ref int " + member + "(ref int " + p + ") => ref " + p + ";"
            : access + @static + "ref readonly int " + member + "(in int " + p + ") => ref " + p + ";");
    }

    /// <summary>Nullable-flow attributes that a forwarding member must carry along.</summary>
    private static Gen<MemberSpec> NullableFlow(TypeContext context) =>
        from name in NamePools.MemberName
        from first in NamePools.ParameterName
        from second in NamePools.ParameterName
        from isStatic in IsStatic(context)
        from shape in Gen.Int[0, 2]
        select BuildNullableFlow(name, first, second, isStatic, shape);

    private static MemberSpec BuildNullableFlow(Name name, Name first, Name second, bool isStatic, int shape)
    {
        var builder = new TemplateBuilder();
        string member = builder.Scoped(name);
        int a = builder.AddLocal(first);
        int b = builder.AddLocal(second);
        string @static = isStatic ? "static " : string.Empty;
        return builder.Build(shape switch
        {
            0 => "public " + @static + "bool " + member + "(int " + TemplateBuilder.Local(a) + ", [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? " + TemplateBuilder.Local(b) + ")" + Throw,
            1 => "[return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(\"" + TemplateBuilder.LocalValue(a) + "\")]\npublic " + @static + "string? " + member + "(string? " + TemplateBuilder.Local(a) + ") => " + TemplateBuilder.Local(a) + ";",
            _ => "public " + @static + "void " + member + "([global::System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool " + TemplateBuilder.Local(a) + ", [global::System.Diagnostics.CodeAnalysis.AllowNull] string " + TemplateBuilder.Local(b) + ") { }",
        });
    }

    private static Gen<MemberSpec> Indexer(TypeContext context) =>
        from shape in context.IsInterface ? Gen.OneOf("sig get; set;", "sig get;") : context.IsAbstract ? Gen.OneOf("bodies", "expression", "abstract get;", "abstract get; set;") : Gen.OneOf("bodies", "expression")
        from access in Access(context, overridable: shape.StartsWith("abstract", System.StringComparison.Ordinal))
        from type in CaseTypes.For(context, allowRefLike: false, storage: false)
        from first in CaseTypes.For(context, allowRefLike: false, storage: false)
        from firstName in NamePools.ParameterName.Where(n => n.Value != "value")
        from parameters in ParameterGens.List(context, ParameterRules.Indexer with { Max = 1 })
        select BuildIndexer(shape, access, type, first, firstName, parameters);

    private static MemberSpec BuildIndexer(string shape, string access, TypeChoice type, TypeChoice first, Name firstName, (ImmutableArray<ParameterPlan> Plans, string? ParamsType, int Caller) parameters)
    {
        var builder = new TemplateBuilder();

        // The first parameter is always required and by value.
        var required = new ParameterPlan(firstName, first, string.Empty, 0, WantsDefault: false);
        PlacedParameters placed = ParameterGens.Place(builder, (parameters.Plans.Insert(0, required), parameters.ParamsType, 0));
        string declaration = type.Text + " this[" + placed.Text + "]";
        string text = shape switch
        {
            "bodies" => access + declaration + " { get => throw null!; set { } }",
            "expression" => access + declaration + Throw,
            _ when shape.StartsWith("sig ", System.StringComparison.Ordinal) => access + declaration + " { " + shape.Substring(4) + " }",
            _ => access + "abstract " + declaration + " { " + shape.Substring("abstract ".Length) + " }",
        };
        return builder.Build(text, "this[" + placed.Key + "]");
    }

    private static Gen<MemberSpec> Event(TypeContext context) =>
        from name in NamePools.MemberName
        from raiser in NamePools.MemberName
        from isStatic in IsStatic(context)
        from shape in EventShape(context, isStatic)
        from access in Access(context, overridable: shape is "abstract" or "virtual")
        from type in Gen.OneOf(CaseTypes.Events)
        select BuildEvent(name, raiser, isStatic, shape, access, type);

    private static Gen<string> EventShape(TypeContext context, bool isStatic)
    {
        if (context.IsInterface)
        {
            return isStatic ? Gen.Const("custom") : Gen.Const("sig");
        }

        var shapes = new List<string> { "custom" };
        if (!(context.IsReadOnly && !isStatic) && !context.IsRefStruct)
        {
            shapes.Add("field");
            shapes.Add("field");
        }

        if (context.IsAbstract && !isStatic)
        {
            shapes.Add("abstract");
        }

        if (context.IsInheritable && !isStatic)
        {
            shapes.Add("virtual");
        }

        return Gen.OneOf(shapes.ToArray());
    }

    private static MemberSpec BuildEvent(Name name, Name raiser, bool isStatic, string shape, string access, (string Type, string Arguments) type)
    {
        var builder = new TemplateBuilder();
        string @event = builder.Scoped(name);
        string @static = isStatic ? "static " : string.Empty;
        string declaration = access + @static + "event " + type.Type + " " + @event;
        switch (shape)
        {
            case "sig":
                return builder.Build(declaration + ";");
            case "custom":
                return builder.Build(declaration + " { add { } remove { } }");
            case "abstract":
                return builder.Build(access + "abstract event " + type.Type + " " + @event + ";");
        }

        // A field-like event is raised by a method, or the compiler warns that it is never used.
        string raise = builder.Scoped(raiser);
        string body = type.Arguments.Contains("⟦ref⟧")
            ? "{ int local = 0; " + @event + "?.Invoke(" + type.Arguments.Replace("⟦ref⟧", "local", System.StringComparison.Ordinal) + "); }"
            : "=> " + @event + "?.Invoke(" + type.Arguments + ");";
        string modifier = shape == "virtual" ? "virtual " : string.Empty;
        return builder.Build(
            access + @static + modifier + "event " + type.Type + " " + @event + ";\n"
            + "public " + @static + "void " + raise + "() " + body) with { IsStorage = !isStatic };
    }

    private static Gen<MemberSpec> Field(TypeContext context) =>
        from name in NamePools.MemberName
        from isStatic in context.HasInstanceBodies ? IsStatic(context) : Gen.Const(true)
        from isReadOnly in context.IsReadOnly && !isStatic ? Gen.Const(true) : Gen.Bool
        from isVolatile in Gen.Int[0, 9].Select(i => i == 0)
        from access in Access(context)
        from type in CaseTypes.For(context, allowRefLike: false, storage: true)
        select BuildField(context, name, isStatic, isReadOnly, isVolatile, access, type);

    private static MemberSpec BuildField(TypeContext context, Name name, bool isStatic, bool isReadOnly, bool isVolatile, string access, TypeChoice type)
    {
        var builder = new TemplateBuilder();
        string field = builder.Scoped(name);
        if (context.IsInterface)
        {
            // Interfaces hold static fields only, and implicitly public ones may not be private.
            access = "public ";
        }

        // A field no code assigns raises CS0649 unless other assemblies could assign it: non-public ones get an initializer.
        bool needsInitializer = access is "internal " or "private " or "private protected ";
        if (needsInitializer && context.IsStruct && !isStatic)
        {
            access = "public ";
            needsInitializer = false;
        }

        if (access is "private " or "private protected ")
        {
            // A private field nobody reads is a warning (CS0414) even with an initializer.
            access = "internal ";
        }

        string modifiers = access + (isStatic ? "static " : string.Empty);
        if (isVolatile && !isReadOnly)
        {
            return builder.Build(modifiers + "volatile int " + field + (needsInitializer ? " = 1;" : ";")) with { IsStorage = !isStatic };
        }

        return builder.Build(modifiers + (isReadOnly ? "readonly " : string.Empty) + type.Text + " " + field + (needsInitializer ? " = default!;" : ";")) with { IsStorage = !isStatic };
    }

    private static Gen<MemberSpec> Constant(TypeContext context) =>
        from name in NamePools.MemberName
        from access in Access(context)
        from constant in Gen.OneOf(CaseTypes.Constants)
        select BuildConstant(name, access, constant);

    private static MemberSpec BuildConstant(Name name, string access, (string Type, string Value) constant)
    {
        var builder = new TemplateBuilder();
        string field = builder.Scoped(name);
        return builder.Build(access + "const " + constant.Type + " " + field + " = " + constant.Value + ";");
    }

    private static Gen<MemberSpec> NestedType(TypeContext context) =>
        from name in NamePools.TypeName
        from getter in NamePools.MemberName
        from access in context.IsInterface ? Gen.Const("public ") : Gen.OneOf("public ", "internal ", "private ")
        from keyword in Gen.OneOf("sealed class", "struct", "interface", "enum", "record")
        select BuildNested(context, name, getter, access, keyword);

    private static MemberSpec BuildNested(TypeContext context, Name name, Name getter, string access, string keyword)
    {
        var builder = new TemplateBuilder();
        string nested = builder.Scoped(name);
        string method = builder.Scoped(getter);
        string @static = context.IsStatic ? "static " : string.Empty;
        string body = context.IsInterface && !context.IsStatic ? ";" : Throw;
        return builder.Build(
            access + keyword + " " + nested + " { }\n"
            + access + @static + nested + "? " + method + "()" + body) with { IsNestedType = true };
    }

    private static Gen<MemberSpec> Constructor(TypeContext context) =>
        from access in context.IsStruct ? Gen.OneOf("public ", "internal ") : Access(context)
        // A record constructor taking only the record is its copy constructor: records get no parameter of their own type.
        from parameters in ParameterGens.List(context.IsRecord ? context with { Kind = CaseKind.StaticClass } : context, ParameterRules.Constructor)
        select BuildConstructor(context, access, parameters);

    private static MemberSpec BuildConstructor(TypeContext context, string access, (ImmutableArray<ParameterPlan>, string?, int) parameters)
    {
        var builder = new TemplateBuilder();
        PlacedParameters placed = ParameterGens.Place(builder, parameters);
        if (context.IsStruct && placed.Text.Length == 0)
        {
            // An explicit parameterless struct constructor must be public.
            access = "public ";
        }

        bool hasOut = placed.Text.Contains("out ", System.StringComparison.Ordinal);
        return builder.Build(access + TypeChoice.TypeName + "(" + placed.Text + ")" + (hasOut ? Throw : " { }"), "ctor(" + placed.Key + ")");
    }

    private static Gen<MemberSpec> Operator(TypeContext context) =>
        from shape in Gen.Int[0, context.IsStruct ? 13 : 11]
        from op in Gen.OneOf("+", "-", "*", "/", "%", "&", "|", "^")
        select BuildOperator(context, shape, op);

    private static MemberSpec BuildOperator(TypeContext context, int shape, string op)
    {
        const string S = TypeChoice.Self;
        string orDefault = context.IsStruct ? "default" : "default!";
        string nullable = context.IsStruct ? string.Empty : "?";
        var builder = new TemplateBuilder();
        return shape switch
        {
            0 => builder.Build("public static " + S + " operator " + op + "(" + S + " a, " + S + " b) => a;", "op" + op + "(S,S)"),
            1 => builder.Build("public static " + S + " operator " + op + "(" + S + " a, int b) => a;", "op" + op + "(S,int)"),
            2 => builder.Build("public static " + S + " operator <<(" + S + " a, int b) => a;\npublic static " + S + " operator >>(" + S + " a, int b) => a;\npublic static " + S + " operator >>>(" + S + " a, int b) => a;", "shifts"),
            3 => builder.Build("public static " + S + " operator -(" + S + " a) => a;\npublic static " + S + " operator +(" + S + " a) => a;\npublic static " + S + " operator ~(" + S + " a) => a;", "unary"),
            4 => builder.Build("public static bool operator !(" + S + " a) => false;", "not"),
            5 => builder.Build("public static " + S + " operator ++(" + S + " a) => a;\npublic static " + S + " operator --(" + S + " a) => a;", "increment"),
            6 => builder.Build("public static bool operator <(" + S + " a, " + S + " b) => false;\npublic static bool operator >(" + S + " a, " + S + " b) => false;", "less"),
            7 => builder.Build("public static bool operator <=(" + S + " a, " + S + " b) => false;\npublic static bool operator >=(" + S + " a, " + S + " b) => false;", "lessOrEqual"),
            8 when !context.IsRecord => builder.Build(
                "public static bool operator ==(" + S + nullable + " a, " + S + nullable + " b) => false;\n"
                + "public static bool operator !=(" + S + nullable + " a, " + S + nullable + " b) => true;\n"
                + "public override bool Equals(object? obj) => false;\n"
                + "public override int GetHashCode() => 0;",
                "equality"),
            9 => builder.Build("public static bool operator true(" + S + " a) => true;\npublic static bool operator false(" + S + " a) => false;", "truth"),
            10 => builder.Build("public static implicit operator int(" + S + " a) => 0;", "to int"),
            11 => builder.Build("public static explicit operator " + S + "(long a) => " + orDefault + ";", "from long"),

            // Struct only: an operand that is the type only through Nullable<T>, and 'in' operands.
            12 => builder.Build("public static " + S + " operator " + op + "(" + S + "? a, int b) => default;", "op" + op + "(S?,int)"),
            13 => builder.Build("public static " + S + " operator " + op + "(in " + S + " a, in " + S + " b) => a;", "op" + op + "(S,S)"),
            _ => builder.Build("public static bool operator !(" + S + " a) => false;", "not"),
        };
    }
}
