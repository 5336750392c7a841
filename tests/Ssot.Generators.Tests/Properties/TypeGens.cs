using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;

namespace Ssot.Generators.Tests.Properties;

/// <summary>Random canonical types, before the names of the whole case are made consistent (<see cref="CaseAssembler"/>).</summary>
internal static class TypeGens
{
    private static readonly string[] Messages =
    [
        "Use \"the new type\" instead.\nSee the docs.", "İstanbul'a taşındı: ٣ {0}", "back\\slash \t tab \u2028 separator", "😀 emoji", "",
    ];

    public static Gen<CaseKind> Kind { get; } = Gen.Frequency(
        (4, Gen.Const(CaseKind.Class)),
        (3, Gen.Const(CaseKind.SealedClass)),
        (2, Gen.Const(CaseKind.AbstractClass)),
        (2, Gen.Const(CaseKind.StaticClass)),
        (2, Gen.Const(CaseKind.Struct)),
        (2, Gen.Const(CaseKind.Record)),
        (2, Gen.Const(CaseKind.RecordStruct)),
        (2, Gen.Const(CaseKind.Interface)));

    private static Gen<ImmutableArray<Name>> Namespace { get; } = Gen.Frequency(
        (1, Gen.Const(ImmutableArray<Name>.Empty)),
        (4, NamePools.NamespaceSegment.Array[1, 3].Select(a => a.ToImmutableArray())));

    private static Gen<ContainerSpec> Container { get; } =
        from name in NamePools.TypeName
        from keyword in Gen.Frequency((5, Gen.Const("class")), (2, Gen.Const("static class")), (1, Gen.Const("struct")), (1, Gen.Const("record")), (1, Gen.Const("interface")), (1, Gen.Const("sealed class")))
        from isPartial in Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false)))
        from access in Gen.Frequency((3, Gen.Const("public")), (1, Gen.Const("internal")))
        select new ContainerSpec(name, keyword, isPartial, access);

    public static Gen<CanonicalTypeSpec> Type { get; } =
        from kind in Kind
        from ns in Namespace
        from containers in Gen.Frequency((6, Gen.Const(0)), (3, Gen.Const(1)), (1, Gen.Const(2))).SelectMany(n => Container.Array[n])
        from name in NamePools.TypeName
        from mistake in Gen.Int[0, 99]
        from access in Access(containers, kind, mistake)
        from modifier in Modifier(kind, mistake)
        from typeParameters in kind == CaseKind.Interface ? TypeParameterGens.ForType.SelectMany(Variance) : TypeParameterGens.ForType
        from isPartial in Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true)))
        from split in Gen.Int[0, 9].Select(i => i < 2)
        let context = new TypeContext(kind, modifier == "readonly ", modifier == "ref ", containers.Length == 0, typeParameters, typeParameters.Any(t => t.Variance.Length > 0), kind == CaseKind.Record ? modifier.Trim() : string.Empty)
        from implemented in Implementations(context)
        from primary in Primary(context)
        from members in MemberGens.Any(context).Array[0, 8]
        from secondPart in Gen.Bool.Array[members.Length]
        from legacyNames in Legacy(typeParameters.Length).Array[1, 3]
        from attribute in Attribute(context, implemented.ServiceTypes, mistake)
        from longName in Gen.Bool
        from likeLegacy in Gen.Int[0, 4].Select(i => i == 0)
        select new CanonicalTypeSpec(
            ns,
            containers.ToImmutableArray(),
            access,
            kind,
            modifier,
            isPartial || split,
            split,
            name,
            typeParameters,
            implemented.BaseList,
            primary,
            // A partial struct keeps its instance fields in one part (CS0282).
            implemented.Members.AddRange(members.Select((m, i) => m with { SecondPart = split && secondPart[i] && !(context.IsStruct && m.IsStorage) })),
            legacyNames.ToImmutableArray(),
            attribute,
            longName,
            likeLegacy);

    /// <summary>Usually public or internal; now and then (a usage error on purpose) one that no shim can name.</summary>
    private static Gen<string> Access(ContainerSpec[] containers, CaseKind kind, int mistake)
    {
        if (mistake < 3)
        {
            if (containers.Length == 0)
            {
                return Gen.Const("file");
            }

            // protected exists only in classes and records that can be derived from.
            return containers[^1].Keyword is "class" or "record" ? Gen.OneOf("private", "protected") : Gen.Const("private");
        }

        return Gen.Frequency((3, Gen.Const("public")), (1, Gen.Const("internal")));
    }

    private static Gen<string> Modifier(CaseKind kind, int mistake) => kind switch
    {
        CaseKind.Struct when mistake is >= 3 and < 5 => Gen.Const("ref "),
        CaseKind.Struct or CaseKind.RecordStruct => Gen.Frequency((3, Gen.Const(string.Empty)), (1, Gen.Const("readonly "))),
        CaseKind.Record => Gen.Frequency((4, Gen.Const(string.Empty)), (1, Gen.Const("sealed ")), (1, Gen.Const("abstract "))),
        _ => Gen.Const(string.Empty),
    };

    /// <summary>Variance on an interface's type parameters (its members then leave them alone).</summary>
    private static Gen<ImmutableArray<TypeParameterSpec>> Variance(ImmutableArray<TypeParameterSpec> typeParameters) =>
        typeParameters.IsEmpty
            ? Gen.Const(typeParameters)
            : Gen.Frequency((3, Gen.Const(string.Empty)), (1, Gen.Const("in ")), (1, Gen.Const("out "))).Array[typeParameters.Length]
                .Select(v => typeParameters.Select((t, i) => t with { Variance = v[i] }).ToImmutableArray());

    /// <summary>Base types and interfaces with the members that implement them, implicitly or explicitly.</summary>
    private static Gen<(ImmutableArray<string> BaseList, ImmutableArray<MemberSpec> Members, ImmutableArray<string> ServiceTypes)> Implementations(TypeContext context) =>
        from support in Gen.Int[0, 9].Select(i => i < 4)
        from explicitMembers in Gen.Bool.Array[5]
        from generic in Gen.Int[0, 9].Select(i => i < 2)
        from genericArgument in Gen.Int[0, 9]
        from genericExplicit in Gen.Bool
        from zero in Gen.Int[0, 9].Select(i => i == 0)
        from equatable in Gen.Int[0, 9].Select(i => i == 0)
        from baseType in Gen.Int[0, 9].Select(i => i < 3)
        from overrideSize in Gen.Bool
        select BuildImplementations(context, support, explicitMembers, generic, genericArgument, genericExplicit, zero, equatable, baseType, overrideSize);

    private static (ImmutableArray<string>, ImmutableArray<MemberSpec>, ImmutableArray<string>) BuildImplementations(
        TypeContext context,
        bool support,
        bool[] explicitMembers,
        bool generic,
        int genericArgument,
        bool genericExplicit,
        bool zero,
        bool equatable,
        bool baseType,
        bool overrideSize)
    {
        var bases = new List<string>();
        var members = new List<MemberSpec>();
        var services = new List<string> { TypeChoice.Self };
        if (context.IsStatic || context.IsRefStruct)
        {
            return ([], [], [.. services]);
        }

        if (context.IsInterface)
        {
            if (support)
            {
                // An indexer of the derived interface would hide ISupport's (CS0108): its key keeps random ones out.
                bases.Add("global::CaseSupport.ISupport");
                members.Add(Fixed(string.Empty, "this[int]"));
            }

            return ([.. bases], [.. members], []);
        }

        if (baseType && context.Kind is CaseKind.Class or CaseKind.SealedClass or CaseKind.AbstractClass)
        {
            bases.Add("global::CaseSupport.BaseThing");
            services.Add("global::CaseSupport.BaseThing");
            if (overrideSize)
            {
                members.Add(Fixed("public override int Size => 1;"));
            }
        }
        else if (baseType && context.Kind == CaseKind.Record)
        {
            bases.Add("global::CaseSupport.BaseRecord");
            services.Add("global::CaseSupport.BaseRecord");
        }

        if (support)
        {
            const string I = "global::CaseSupport.ISupport";
            bases.Add(I);
            services.Add(I);
            members.Add(Fixed(explicitMembers[0] ? "int " + I + ".Value => 0;" : "public int Value => 0;"));
            members.Add(Fixed(explicitMembers[1] ? "void " + I + ".Run(int x) { }" : "public void Run(int x) { }"));
            members.Add(Fixed(explicitMembers[2] ? "event global::System.EventHandler? " + I + ".Changed { add { } remove { } }" : "public event global::System.EventHandler? Changed { add { } remove { } }"));
            members.Add(Fixed(explicitMembers[3] ? "string? " + I + ".this[int i] => null;" : "public string? this[int i] => null;", "this[int]"));
            members.Add(Fixed(explicitMembers[4] ? "TEcho " + I + ".Echo<TEcho>(TEcho item) => item;" : "public TEcho Echo<TEcho>(TEcho item) where TEcho : class => item;"));
        }

        if (generic)
        {
            TypeParameterSpec[] storable = context.TypeParameters.Where(t => t.IsStorable).ToArray();
            string argument = storable.Length > 0 && genericArgument % 2 == 0 ? storable[genericArgument % storable.Length].Name.Source : "int";
            string i = "global::CaseSupport.ISupport<" + argument + ">";
            bases.Add(i);
            if (argument == "int")
            {
                services.Add(i);
            }

            members.Add(Fixed(genericExplicit ? argument + " " + i + ".Get() => throw null!;" : "public " + argument + " Get() => throw null!;"));
            members.Add(Fixed(genericExplicit ? "void " + i + ".Put(" + argument + " item) { }" : "public void Put(" + argument + " item) { }"));
        }

        if (zero)
        {
            string i = "global::CaseSupport.IZero<" + TypeChoice.Self + ">";
            bases.Add(i);
            members.Add(Fixed("public static " + TypeChoice.Self + " Zero => default!;"));
        }

        if (equatable && !context.IsRecord)
        {
            bases.Add("global::System.IEquatable<" + TypeChoice.Self + ">");
            members.Add(Fixed("public bool Equals(" + TypeChoice.Self + (context.IsStruct ? string.Empty : "?") + " other) => false;"));
        }

        return ([.. bases], [.. members], [.. services]);
    }

    private static MemberSpec Fixed(string text, string? key = null) => new(text, [], 0, key);

    /// <summary>Record parameters, or a primary constructor and a member that reads its parameters.</summary>
    private static Gen<MemberSpec?> Primary(TypeContext context)
    {
        if (context.IsStatic || context.IsInterface || context.IsRefStruct)
        {
            return Gen.Const((MemberSpec?)null);
        }

        // Record parameters of the record's own type: a layout cycle for a record struct, the copy constructor's signature for a record.
        TypeContext parameterContext = context.IsStruct || context.IsRecord ? context with { Kind = CaseKind.StaticClass } : context;
        Gen<MemberSpec?> parameters =
            from list in ParameterGens.List(parameterContext, ParameterRules.Primary)
            from reader in NamePools.MemberName
            select BuildPrimary(context, list, reader);
        return context.IsRecord
            ? Gen.Frequency((3, parameters), (2, Gen.Const((MemberSpec?)null)))
            : Gen.Frequency((1, parameters), (6, Gen.Const((MemberSpec?)null)));
    }

    private static MemberSpec? BuildPrimary(TypeContext context, (ImmutableArray<ParameterPlan>, string?, int) list, Name reader)
    {
        var builder = new TemplateBuilder();
        string readerName = context.IsRecord ? string.Empty : builder.Scoped(reader);
        PlacedParameters placed = ParameterGens.Place(builder, list);
        string text = "(" + placed.Text + ")";
        if (!context.IsRecord && placed.Locals.Length > 0)
        {
            // A primary constructor parameter nobody reads is a warning (CS9113).
            text += "‖public object?[] " + readerName + "() => new object?[] { " + string.Join(", ", placed.Locals.Select(TemplateBuilder.Local)) + " };";
        }

        MemberSpec spec = builder.Build(text);

        // Record parameters become properties, and a member of the same name would hide a primary constructor parameter.
        return spec with { ScopedNames = spec.Names.Length };
    }

    private static Gen<LegacyNameSpec> Legacy(int arity) =>
        from anchor in Gen.Frequency((12, Gen.Const(LegacyAnchor.None)), (4, Gen.Const(LegacyAnchor.CanonicalNamespace)), (2, Gen.Const(LegacyAnchor.CanonicalContainers)), (1, Gen.Const(LegacyAnchor.CanonicalType)), (1, Gen.Const(LegacyAnchor.InsideCanonicalType)))
        from ns in Gen.Frequency((1, Gen.Const(ImmutableArray<Name>.Empty)), (6, NamePools.NamespaceSegment.Array[1, 3].Select(a => a.ToImmutableArray())))
        from containing in Gen.Frequency((7, Gen.Const(0)), (2, Gen.Const(1)), (1, Gen.Const(2))).SelectMany(n => NamePools.LegacyName.Array[n])
        from simple in NamePools.LegacyName
        select new LegacyNameSpec(ns, containing.ToImmutableArray(), simple, arity, anchor);

    private static Gen<AttributeSpec> Attribute(TypeContext context, ImmutableArray<string> serviceTypes, int mistake) =>
        from shim in Shim(context, mistake)
        from lifetime in Gen.Frequency((5, Gen.Const((string?)null)), (2, Gen.Const<string?>("Singleton")), (1, Gen.Const<string?>("Scoped")), (1, Gen.Const<string?>("Transient")), (1, Gen.Const<string?>("None")))
        from alias in Gen.Frequency((2, Gen.Const((bool?)null)), (1, Gen.Const<bool?>(true)), (1, Gen.Const<bool?>(false)))
        from id in Gen.Frequency((8, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("MIG0042", "Legacy_1", "X9")))
        from error in Gen.Int[0, 11].Select(i => i == 0)
        from message in Gen.Frequency((6, Gen.Const((string?)null)), (1, Gen.OneOf<string?>(Messages)))
        from url in Gen.Frequency((6, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("https://example.com/migrate/{0}", "https://example.com/{0}?q=\"İ\"")))
        from services in Gen.Bool.Array[serviceTypes.Length]
        select new AttributeSpec(
            shim,
            lifetime,
            alias,
            id,
            error,
            message,
            url,
            context.TypeParameters.IsEmpty ? serviceTypes.Where((_, i) => services[i]).ToImmutableArray() : []);

    /// <summary>The requested shim: mostly left out or possible; now and then (a usage error on purpose) impossible for the kind.</summary>
    private static Gen<string?> Shim(TypeContext context, int mistake)
    {
        var impossible = new List<string>();
        var possible = new List<string> { "Auto", "None" };
        switch (context.Kind)
        {
            case CaseKind.Interface:
            case CaseKind.StaticClass:
                impossible.Add("Facade");
                impossible.Add("Subclass");
                break;
            case CaseKind.Struct:
            case CaseKind.RecordStruct:
                impossible.Add("Subclass");
                possible.Add("Facade");
                break;
            case CaseKind.SealedClass:
                impossible.Add("Subclass");
                possible.Add("Facade");
                break;
            case CaseKind.AbstractClass:
                impossible.Add("Facade");
                possible.Add("Subclass");
                break;
            default:
                possible.Add("Facade");
                if (context.RecordModifier == "sealed")
                {
                    impossible.Add("Subclass");
                }
                else if (context.RecordModifier == "abstract")
                {
                    impossible.Add("Facade");
                    possible.Remove("Facade");
                    possible.Add("Subclass");
                }
                else
                {
                    possible.Add("Subclass");
                }

                break;
        }

        if (mistake is >= 5 and < 10 && impossible.Count > 0)
        {
            return Gen.OneOf(impossible.Select(s => (string?)s).ToArray());
        }

        return Gen.Frequency((6, Gen.Const((string?)null)), (4, Gen.OneOf(possible.Select(s => (string?)s).ToArray())));
    }
}
