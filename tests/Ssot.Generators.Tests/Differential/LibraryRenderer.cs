using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// Writes the library of a <see cref="RenameCase"/>. v2 differs from v1 only where a renamed class is declared: its
/// declaration and constructors say the new name and it carries <c>[Ssot.Canonical("Ns.Old")]</c>. Every other mention
/// of the old name — signatures, bodies, other files — stays, as it does when an author renames a type in place.
/// </summary>
internal static class LibraryRenderer
{
    public static IReadOnlyList<SourceFile> Render(RenameCase @case, bool v2)
    {
        var files = new List<SourceFile> { AssemblyInfo(@case) };
        files.AddRange(@case.Classes.Select(c => Class(@case, c, v2)));
        if (@case.HasRegistry)
        {
            files.Add(Registry(@case));
        }

        if (@case.Classes.Any(c => c.HasBase))
        {
            files.Add(Component(@case));
        }

        if (!@case.Interfaces.IsEmpty)
        {
            files.Add(Interfaces(@case));
        }

        if (@case.PoolTarget is { } pool)
        {
            files.Add(Pool(@case, @case.Class(pool)));
        }

        if (@case.Classes.Any(c => c.LibraryDerives))
        {
            files.Add(Derived(@case));
        }

        files.AddRange(@case.Extensions.Select(e => Extension(@case, e)));
        return files;
    }

    /// <summary>The library's base class that classes with <see cref="ClassSpec.HasBase"/> derive from (never renamed).</summary>
    public const string ComponentName = "Component";

    /// <summary>The name a class of the library derived from <paramref name="spec"/> has.</summary>
    public static string SpecialName(ClassSpec spec) => "Special" + spec.Name;

    public static string ExtensionClassName(ExtensionSpec extension, ClassSpec target) => target.Name + (extension.IsNested ? "Extensions" : "Extras");

    private static SourceFile AssemblyInfo(RenameCase @case)
    {
        var text = new CodeText().Line("[assembly: System.Reflection.AssemblyVersion(\"1.0.0.0\")]");
        if (@case.ClsCompliant)
        {
            text.Line("[assembly: System.CLSCompliant(true)]");
        }

        return new SourceFile("AssemblyInfo.cs", text.ToString());
    }

    private static SourceFile Class(RenameCase @case, ClassSpec spec, bool v2)
    {
        string declared = v2 && spec.NewName is { } newName ? newName : spec.Name;
        string modifiers = spec.Kind switch
        {
            ClassKind.Sealed => "public sealed class ",
            ClassKind.Abstract => "public abstract class ",
            _ => "public class ",
        };
        string constructorAccess = spec.ConstructorAccess;
        bool counts = spec.Members.Any(m => m.Kind == ApiMember.Created);

        var text = Usings(new CodeText()).Line().Open("namespace " + @case.Namespace);
        if (v2 && spec.IsRenamed)
        {
            text.Line("[Ssot.Canonical(\"" + @case.Namespace + "." + spec.Name + "\")]");
        }

        text.Open(modifiers + declared + (spec.HasBase ? " : " + ComponentName : string.Empty)).Line("private readonly int _value;");
        if (spec.Reentrant)
        {
            text.Line("private readonly string _registration;");
        }

        text.Line().Open(constructorAccess + " " + declared + "(int value)").Line("_value = value;");
        if (counts)
        {
            text.Line("Created++;");
        }

        if (spec.Reentrant)
        {
            text.Line("_registration = Registry.Register(this);");
        }

        text.Close().Line().Line("public int Value => _value;");
        if (spec.Reentrant)
        {
            text.Line().Line("public string Registration => _registration;");
        }

        text.Line();
        switch (spec.Kind)
        {
            case ClassKind.Sealed:
            case ClassKind.Plain:
                text.Line("public string Describe() => \"" + spec.Name + ":\" + _value;");
                break;
            case ClassKind.Abstract:
                text.Line("public abstract string Kind();").Line().Line("public string Describe() => Kind() + \":" + spec.Name + ":\" + _value;");
                break;
            default:
                text.Line("public virtual string Describe() => \"" + spec.Name + ":\" + _value;");
                break;
        }

        if (spec.Kind == ClassKind.Base)
        {
            text.Line().Line("protected virtual int Weight(int x) => x + _value;").Line().Line("public int Weigh(int x) => Weight(x);");
        }

        if (spec.HasBase)
        {
            text.Line().Line("public override string Tag => \"" + spec.Name + ":\" + _value;");
        }

        foreach (MemberSpec member in spec.Members)
        {
            text.Line();
            Member(text, spec, @case.Class(member.Other), member);
        }

        text.Close().Close();
        return new SourceFile(spec.Name + ".cs", text.ToString());
    }

    private static void Member(CodeText text, ClassSpec self, ClassSpec other, MemberSpec member)
    {
        string s = self.Name;
        string o = other.Name;
        string n = member.Number.ToString(CultureInfo.InvariantCulture);
        switch (member.Kind)
        {
            case ApiMember.Pair:
                text.Line("public string Pair(" + o + " other) => Describe() + \"+\" + other.Describe();");
                break;
            case ApiMember.Maybe:
                text.Line("public string Maybe(" + o + "? other) => other is null ? \"none\" : \"some:\" + other.Value;");
                break;
            case ApiMember.Count:
                text.Line("public int Count(" + o + "[] items) => items.Length * 10 + _value;");
                break;
            case ApiMember.Join:
                text.Open("public string Join(List<" + o + "> items)")
                    .Line("var text = new System.Text.StringBuilder();")
                    .Open("foreach (" + o + " item in items)").Line("text.Append(item.Value).Append(';');").Close()
                    .Line()
                    .Line("return text.ToString();")
                    .Close();
                break;
            case ApiMember.Apply:
                text.Line("public string Apply(Func<" + o + ", string> map, " + o + " item) => map(item) + \"@\" + _value;");
                break;
            case ApiMember.Make:
                text.Line("public " + o + " Make(int value) => new " + o + "(value + _value);");
                break;
            case ApiMember.Find:
                text.Line("public " + o + "? Find(int value) => value > 0 ? new " + o + "(value) : null;");
                break;
            case ApiMember.Partner:
                text.Line("public " + o + "? Partner { get; set; }");
                break;
            case ApiMember.Show:
                text.Line("public static string Show(" + o + "? item) => item is null ? \"null\" : item.Describe();");
                break;
            case ApiMember.Create:
                text.Line("public static " + s + " Create(int value) => new " + s + "(value);");
                break;
            case ApiMember.Default:
                text.Line("public static readonly " + s + " Default = new " + s + "(" + n + ");");
                break;
            case ApiMember.Seed:
                text.Line("public static readonly int Seed = " + n + ";");
                break;
            case ApiMember.Constants:
                text.Line("public const int Limit = " + n + ";").Line().Line("public const string Label = \"" + s + "-" + n + "\";");
                break;
            case ApiMember.Created:
                text.Line("public static int Created { get; private set; }");
                break;
            case ApiMember.Same:
                text.Line("public bool Same(" + s + " other) => ReferenceEquals(this, other);");
                break;
        }
    }

    private static SourceFile Component(RenameCase @case)
    {
        var text = new CodeText().Open("namespace " + @case.Namespace).Open("public abstract class " + ComponentName)
            .Line("public virtual string Tag => \"component\";")
            .Line()
            .Line("public static string Inspect(" + ComponentName + " component) => \"inspect:\" + component.Tag;")
            .Close().Close();
        return new SourceFile(ComponentName + ".cs", text.ToString());
    }

    private static SourceFile Registry(RenameCase @case)
    {
        var text = new CodeText().Open("namespace " + @case.Namespace).Open("public static class Registry");
        bool first = true;
        foreach (ClassSpec spec in @case.Classes.Where(c => c.Reentrant))
        {
            if (!first)
            {
                text.Line();
            }

            first = false;
            text.Line("public static string Register(" + spec.Name + " item) => \"registered:" + spec.Name + ":\" + item.Value;");
        }

        text.Close().Close();
        return new SourceFile("Registry.cs", text.ToString());
    }

    private static SourceFile Interfaces(RenameCase @case)
    {
        var text = Usings(new CodeText()).Line().Open("namespace " + @case.Namespace);
        bool first = true;
        foreach (InterfaceSpec spec in @case.Interfaces)
        {
            if (!first)
            {
                text.Line();
            }

            first = false;
            string t = @case.Class(spec.Target).Name;
            text.Open("public interface " + spec.Name);
            foreach (InterfaceMember member in spec.Members)
            {
                text.Line(member switch
                {
                    InterfaceMember.Visit => "string Visit(" + t + " item);",
                    InterfaceMember.Pick => t + "? Pick(" + t + "[] items);",
                    InterfaceMember.Total => "int Total(List<" + t + "> items);",
                    _ => "string Map(Func<" + t + ", string> map, " + t + " item);",
                });
            }

            text.Close().Line().Open("public static class " + spec.HostName)
                .Open("public static string Drive(" + spec.Name + " visitor, " + t + " item)")
                .Line("var parts = new List<string>();");
            foreach (InterfaceMember member in spec.Members)
            {
                switch (member)
                {
                    case InterfaceMember.Visit:
                        text.Line("parts.Add(visitor.Visit(item));");
                        break;
                    case InterfaceMember.Pick:
                        text.Line(t + "? picked = visitor.Pick(new " + t + "[] { item });").Line("parts.Add(picked is null ? \"none\" : picked.Describe());");
                        break;
                    case InterfaceMember.Total:
                        text.Line("parts.Add(visitor.Total(new List<" + t + "> { item, item }).ToString());");
                        break;
                    case InterfaceMember.Map:
                        text.Line("parts.Add(visitor.Map(x => x.Describe(), item));");
                        break;
                }
            }

            text.Line("return string.Join(\"|\", parts);").Close().Close();
        }

        text.Close();
        return new SourceFile("Interfaces.cs", text.ToString());
    }

    private static SourceFile Pool(RenameCase @case, ClassSpec target)
    {
        string b = target.Name;
        var text = new CodeText().Open("namespace " + @case.Namespace)
            .Open("public static class Pool")
            .Line("public static string Use<TItem>(TItem item) where TItem : " + b + " => \"use:\" + item.Describe();")
            .Close()
            .Line()
            .Open("public sealed class Holder<TItem> where TItem : " + b)
            .Line("public Holder(TItem item) => Item = item;")
            .Line()
            .Line("public TItem Item { get; }")
            .Line()
            .Line("public string Show() => \"held:\" + Item.Describe();")
            .Close()
            .Close();
        return new SourceFile("Pool.cs", text.ToString());
    }

    private static SourceFile Derived(RenameCase @case)
    {
        var text = new CodeText().Open("namespace " + @case.Namespace);
        bool first = true;
        foreach (ClassSpec spec in @case.Classes.Where(c => c.LibraryDerives))
        {
            if (!first)
            {
                text.Line();
            }

            first = false;
            text.Open("public sealed class " + SpecialName(spec) + " : " + spec.Name)
                .Line("public " + SpecialName(spec) + "(int value)")
                .Line("    : base(value)")
                .Line("{")
                .Line("}")
                .Line();
            if (spec.Kind == ClassKind.Abstract)
            {
                text.Line("public override string Kind() => \"special\";");
            }
            else
            {
                text.Line("public override string Describe() => \"special(\" + base.Describe() + \")\";");
            }

            if (spec.Kind == ClassKind.Base)
            {
                text.Line().Line("protected override int Weight(int x) => base.Weight(x) * 2;");
            }

            text.Close();
        }

        text.Close();
        return new SourceFile("Derived.cs", text.ToString());
    }

    private static SourceFile Extension(RenameCase @case, ExtensionSpec extension)
    {
        ClassSpec target = @case.Class(extension.Target);
        string t = extension.Place == ExtensionPlace.SiblingQualified ? @case.Namespace + "." + target.Name : target.Name;
        var text = new CodeText();
        if (extension.Place == ExtensionPlace.SiblingUsingAtTop)
        {
            text.Line("using " + @case.Namespace + ";").Line();
        }

        text.Open("namespace " + (extension.IsNested ? @case.NestedNamespace : @case.SiblingNamespace));
        if (extension.Place == ExtensionPlace.SiblingUsingInside)
        {
            text.Line("using " + @case.Namespace + ";").Line();
        }

        text.Open("public static class " + ExtensionClassName(extension, target));
        if (extension.IsNested)
        {
            text.Line("public static string Thrice(this " + t + " item) => item.Describe() + \"/\" + item.Describe() + \"/\" + item.Describe();")
                .Line()
                .Line("public static string Peek(this " + t + "? item) => item is null ? \"nothing\" : \"peek:\" + item.Value;");
        }
        else
        {
            text.Line("public static string Twice(this " + t + " item) => item.Describe() + \"/\" + item.Describe();")
                .Line()
                .Line("public static int ValueOr(this " + t + "? item, int fallback) => item is null ? fallback : item.Value;");
        }

        text.Close().Close();
        return new SourceFile(extension.IsNested ? "Extensions.cs" : "Extras.cs", text.ToString());
    }

    private static CodeText Usings(CodeText text) => text.Line("using System;").Line("using System.Collections.Generic;");
}
