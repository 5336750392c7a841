using System;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// Random libraries of one to four classes that name each other, some derived from a base class of the library, with interfaces, extension classes, generic
/// constraints on an inheritable class (in the library and in the consumer), re-entrant constructors, CLS-compliant
/// assemblies and a consumer's choices; one or more classes renamed in v2. Everything generated is valid C# for both
/// targets by construction: members that need to construct a class appear only where it is constructible.
/// </summary>
internal static class RenameCaseGens
{
    private static readonly string[] ClassNames = ["Widget", "Ledger", "Channel", "Parcel", "Sensor", "Account", "Gauge", "Beacon"];

    private static readonly string[] NewPrefixes = ["Unified", "Core", "Smart"];

    private static readonly string[] InterfaceNames = ["IInspector", "IVisitor", "IHandler"];

    private static readonly string[] Namespaces = ["Acme.Storage", "Contoso.Data.Core", "Fabrikam"];

    private static readonly ApiMember[] MemberKinds = Enum.GetValues<ApiMember>();

    private static readonly InterfaceMember[] InterfaceMemberKinds = Enum.GetValues<InterfaceMember>();

    private static Gen<bool> Chance(int percent) => Gen.Int[0, 99].Select(i => i < percent);

    private static Gen<ClassKind> Kind { get; } = Gen.Frequency(
        (3, Gen.Const(ClassKind.Sealed)),
        (1, Gen.Const(ClassKind.Plain)),
        (3, Gen.Const(ClassKind.Open)),
        (2, Gen.Const(ClassKind.Abstract)),
        (3, Gen.Const(ClassKind.Base)));

    private static Gen<MemberSpec> Member(int classes) =>
        from kind in Gen.Int[0, MemberKinds.Length - 1].Select(i => MemberKinds[i])
        from other in Gen.Int[0, classes - 1]
        from number in Gen.Int[1, 99]
        select new MemberSpec(kind, other, number);

    /// <summary>A class without its names yet: they come from its position in the case.</summary>
    private static Gen<ClassSpec> Class(int classes) =>
        from kind in Kind
        from renamed in Chance(60)
        from prefix in Gen.Int[0, NewPrefixes.Length - 1]
        from hasBase in kind is ClassKind.Plain or ClassKind.Open ? Chance(40) : Gen.Const(false)
        from reentrant in kind == ClassKind.Sealed || (kind == ClassKind.Plain && !hasBase) ? Chance(40) : Gen.Const(false)
        from libraryDerives in kind is ClassKind.Open or ClassKind.Abstract or ClassKind.Base ? Chance(50) : Gen.Const(false)
        from consumerDerives in kind switch { ClassKind.Sealed or ClassKind.Plain => Gen.Const(false), ClassKind.Open => Chance(50), _ => Gen.Const(true) }
        from qualifies in Chance(25)
        from access in kind is ClassKind.Abstract or ClassKind.Base ? Gen.OneOf(Gen.Const("protected"), Gen.Const("protected internal")) : Gen.Const("public")
        from members in Member(classes).Array[0, 6]
        select new ClassSpec(string.Empty, kind, renamed ? NewPrefixes[prefix] : null, reentrant, libraryDerives, consumerDerives, qualifies, access, members.ToImmutableArray(), hasBase);

    private static Gen<InterfaceSpec> Interface(int classes) =>
        from target in Gen.Int[0, classes - 1]
        from members in Gen.Bool.Array[InterfaceMemberKinds.Length]
        select new InterfaceSpec(
            string.Empty,
            target,
            members.Any(m => m)
                ? InterfaceMemberKinds.Where((_, i) => members[i]).ToImmutableArray()
                : [InterfaceMember.Visit]);

    public static Gen<RenameCase> Case { get; } =
        from ns in Gen.Int[0, Namespaces.Length - 1].Select(i => Namespaces[i])
        from count in Gen.Int[1, 4]
        from offset in Gen.Int[0, ClassNames.Length - 1]
        from drafts in Class(count).Array[count]
        from interfaceCount in Gen.Frequency((4, Gen.Const(0)), (4, Gen.Const(1)), (2, Gen.Const(2)))
        from interfaces in Interface(count).Array[interfaceCount]
        from sibling in Gen.Frequency(
            (4, Gen.Const((ExtensionPlace?)null)),
            (2, Gen.Const<ExtensionPlace?>(ExtensionPlace.SiblingUsingAtTop)),
            (2, Gen.Const<ExtensionPlace?>(ExtensionPlace.SiblingUsingInside)),
            (1, Gen.Const<ExtensionPlace?>(ExtensionPlace.SiblingQualified)))
        from siblingTarget in Gen.Int[0, count - 1]
        from nested in Chance(40)
        from nestedTarget in Gen.Int[0, count - 1]
        from pool in Chance(50)
        from poolPick in Gen.Int[0, count - 1]
        from clsCompliant in Chance(30)
        from usingInside in Chance(30)
        let classes = drafts.Select((c, i) => Named(c, ClassNames[(offset + i) % ClassNames.Length])).ToArray()
        select Assemble(ns, classes, interfaces.Select((f, i) => f with { Name = InterfaceNames[i] }).ToArray(), sibling, siblingTarget, nested ? nestedTarget : null, pool ? poolPick : null, clsCompliant, usingInside);

    private static RenameCase Assemble(
        string ns,
        ClassSpec[] classes,
        InterfaceSpec[] interfaces,
        ExtensionPlace? sibling,
        int siblingTarget,
        int? nestedTarget,
        int? poolPick,
        bool clsCompliant,
        bool usingInside)
    {
        // v2 renames at least one class: a case that renames nothing tests nothing.
        if (!classes.Any(c => c.IsRenamed))
        {
            classes[0] = classes[0] with { NewName = NewPrefixes[0] + classes[0].Name };
        }

        ClassSpec[] valid = classes.Select(c => c with { Members = Valid(c, classes) }).ToArray();
        var extensions = ImmutableArray.CreateBuilder<ExtensionSpec>();
        if (sibling is { } place)
        {
            extensions.Add(new ExtensionSpec(place, siblingTarget));
        }

        if (nestedTarget is { } target)
        {
            extensions.Add(new ExtensionSpec(ExtensionPlace.Nested, target));
        }

        // The generic constraint names an inheritable class: the nearest one from the pick on.
        int? pool = poolPick is { } pick
            ? Enumerable.Range(0, valid.Length).Select(i => (pick + i) % valid.Length).Where(i => valid[i].IsInheritable).Cast<int?>().FirstOrDefault()
            : null;
        return new RenameCase(ns, valid.ToImmutableArray(), interfaces.ToImmutableArray(), extensions.ToImmutable(), pool, clsCompliant, usingInside);
    }

    /// <summary>The draft named: its new name, when renamed, is its prefix and the old name.</summary>
    private static ClassSpec Named(ClassSpec draft, string name) => draft with { Name = name, NewName = draft.NewName is null ? null : draft.NewName + name };

    /// <summary>One member of each kind, and only those the class and the class they name can carry.</summary>
    private static ImmutableArray<MemberSpec> Valid(ClassSpec self, ClassSpec[] classes) =>
        self.Members
            .Select(m => m.Kind == ApiMember.Same ? m with { Other = Array.IndexOf(classes, self) } : m)
            .Where(m => m.Kind switch
            {
                ApiMember.Make or ApiMember.Find => classes[m.Other].IsConstructible,
                ApiMember.Create or ApiMember.Default => self.IsConstructible,
                _ => true,
            })
            .GroupBy(m => m.Kind)
            .Select(g => g.First())
            .ToImmutableArray();
}
