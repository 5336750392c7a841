using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// Writes the program a user of v1 wrote: it constructs every class, calls every member, reads the statics and
/// constants, derives from the inheritable classes and overrides, constrains a type parameter to one, implements the
/// library's interfaces, and calls the extension methods, each step in its own method so that a member missing at run time fails that step alone
/// (the JIT throws when it compiles the step). <c>Program.Run()</c> returns the transcript, one line per step.
/// </summary>
internal static class ConsumerRenderer
{
    public const string ProgramType = "App.Program";

    public const string RunMethod = "Run";

    public static IReadOnlyList<SourceFile> Render(RenameCase @case)
    {
        IReadOnlyList<ConsumerStep> steps = Steps(@case);
        var text = new CodeText()
            .Line("using System;")
            .Line("using System.Collections.Generic;")
            .Line("using System.Text;");
        if (!@case.ConsumerUsingInside)
        {
            text.Line("using " + @case.Namespace + ";");
        }

        if (@case.Extensions.Any(e => !e.IsNested))
        {
            text.Line("using " + @case.SiblingNamespace + ";");
        }

        if (@case.Extensions.Any(e => e.IsNested))
        {
            text.Line("using " + @case.NestedNamespace + ";");
        }

        text.Line().Open("namespace App");
        if (@case.ConsumerUsingInside)
        {
            text.Line("using " + @case.Namespace + ";").Line();
        }

        text.Open("public static class Program").Open("public static string Run()").Line("var lines = new StringBuilder();");
        for (int i = 0; i < steps.Count; i++)
        {
            text.Line("Step(lines, \"" + steps[i].Label + "\", () => " + StepName(i) + "());");
        }

        text.Line("return lines.ToString();").Close().Line()
            .Open("private static void Step(StringBuilder lines, string label, Func<string> step)")
            .Line("Console.Error.WriteLine(\"running \" + label);")
            .Line("string result;")
            .Open("try").Line("result = step();").Close()
            .Open("catch (Exception e)").Line("result = \"!\" + e.GetType().Name + \": \" + e.Message;").Close()
            .Line()
            .Line("lines.Append(label).Append(\" => \").Append(result).Append('\\n');")
            .Close();

        for (int i = 0; i < steps.Count; i++)
        {
            text.Line().Open("private static string " + StepName(i) + "()");
            foreach (string statement in steps[i].Body)
            {
                text.Line(statement);
            }

            text.Close();
        }

        foreach (ClassSpec spec in @case.Classes)
        {
            string made = spec.IsConstructible ? "new " + Ref(@case, spec) : "new " + MineName(spec);
            text.Line().Line("private static " + Ref(@case, spec) + " " + FactoryName(spec) + "(int value) => " + made + "(value);");
        }

        // The consumer's own constraint on the legacy name.
        if (@case.PoolTarget is { } constrained)
        {
            text.Line().Line("private static string Through<TItem>(TItem item) where TItem : " + Ref(@case, @case.Class(constrained)) + " => \"through:\" + item.Describe();");
        }

        text.Close();
        foreach (ClassSpec spec in @case.Classes.Where(c => c.ConsumerDerives))
        {
            Mine(text.Line(), @case, spec);
        }

        foreach (InterfaceSpec spec in @case.Interfaces)
        {
            Implementation(text.Line(), @case, spec);
        }

        text.Close();
        return [new SourceFile("Program.cs", text.ToString())];
    }

    /// <summary>The steps, in order; their labels are also what the transcript lines start with.</summary>
    public static IReadOnlyList<ConsumerStep> Steps(RenameCase @case)
    {
        var steps = new List<ConsumerStep>();
        void Add(string label, params string[] body) => steps.Add(new ConsumerStep(steps.Count.ToString("00", CultureInfo.InvariantCulture) + " " + label, body.ToImmutableArray()));

        foreach (ClassSpec spec in @case.Classes)
        {
            string s = Ref(@case, spec);
            string make = FactoryName(spec);
            Add(spec.Name + " new", s + " x = " + make + "(3);", "return x.Value + \" \" + x.Describe();");
            if (spec.Reentrant)
            {
                Add(spec.Name + " re-entrant constructor", "return " + make + "(4).Registration;");
            }

            if (spec.Kind == ClassKind.Base)
            {
                Add(spec.Name + " protected virtual", "return " + make + "(2).Weigh(5).ToString();");
            }

            if (spec.HasBase)
            {
                const string C = LibraryRenderer.ComponentName;
                Add(
                    spec.Name + " as its base",
                    "object boxed = " + make + "(3);",
                    C + " asBase = (" + C + ")boxed;",
                    "var all = new List<" + C + "> { " + make + "(4), asBase };",
                    "return " + C + ".Inspect(" + make + "(2)) + \" \" + asBase.Tag + \" \" + (boxed is " + C + ") + \" \" + all[0].Tag;");
            }

            if (spec.Kind == ClassKind.Open && spec.ConsumerDerives)
            {
                Add(spec.Name + " derived", s + " x = new " + MineName(spec) + "(6);", "return x.Describe();");
            }

            if (spec.LibraryDerives)
            {
                string weigh = spec.Kind == ClassKind.Base ? " + \" \" + x.Weigh(2)" : string.Empty;
                Add(spec.Name + " library-derived", s + " x = new " + LibraryRenderer.SpecialName(spec) + "(3);", "return x.Describe()" + weigh + ";");
            }

            foreach (MemberSpec member in spec.Members)
            {
                ClassSpec otherSpec = @case.Class(member.Other);
                string o = Ref(@case, otherSpec);
                string makeOther = FactoryName(otherSpec);
                string label = spec.Name + "." + member.Kind + "(" + otherSpec.Name + ")";
                switch (member.Kind)
                {
                    case ApiMember.Pair:
                        Add(label, "return " + make + "(2).Pair(" + makeOther + "(5));");
                        break;
                    case ApiMember.Maybe:
                        Add(label, o + "? none = null;", o + "? some = " + makeOther + "(6);", s + " x = " + make + "(2);", "return x.Maybe(none) + \" \" + x.Maybe(some);");
                        break;
                    case ApiMember.Count:
                        Add(label, "return " + make + "(2).Count(new " + o + "[] { " + makeOther + "(1), " + makeOther + "(2) }).ToString();");
                        break;
                    case ApiMember.Join:
                        Add(label, "return " + make + "(2).Join(new List<" + o + "> { " + makeOther + "(1), " + makeOther + "(3) });");
                        break;
                    case ApiMember.Apply:
                        Add(label, "Func<" + o + ", string> map = item => \"f\" + item.Value;", "return " + make + "(2).Apply(map, " + makeOther + "(4)) + \" \" + " + make + "(1).Apply(item => item.Describe(), " + makeOther + "(7));");
                        break;
                    case ApiMember.Make:
                        Add(label, o + " made = " + make + "(2).Make(3);", "return made.Describe();");
                        break;
                    case ApiMember.Find:
                        Add(label, o + "? found = " + make + "(2).Find(3);", o + "? missing = " + make + "(2).Find(0);", "return (found is null ? \"null\" : found.Describe()) + \" \" + (missing is null ? \"null\" : missing.Describe());");
                        break;
                    case ApiMember.Partner:
                        Add(label, s + " x = " + make + "(2);", o + "? before = x.Partner;", "x.Partner = " + makeOther + "(8);", o + "? after = x.Partner;", "return (before is null) + \" \" + (after is null ? \"null\" : after.Describe());");
                        break;
                    case ApiMember.Show:
                        Add(label, "return " + s + ".Show(" + makeOther + "(3)) + \" \" + " + s + ".Show(null);");
                        break;
                    case ApiMember.Create:
                        Add(label, "return " + s + ".Create(9).Describe();");
                        break;
                    case ApiMember.Default:
                        Add(label, "return " + s + ".Default.Describe();");
                        break;
                    case ApiMember.Seed:
                        Add(label, "return " + s + ".Seed.ToString();");
                        break;
                    case ApiMember.Constants:
                        Add(label, "return " + s + ".Limit + \" \" + " + s + ".Label;");
                        break;
                    case ApiMember.Created:
                        Add(label, make + "(1);", "return " + s + ".Created.ToString();");
                        break;
                    case ApiMember.Same:
                        Add(label, s + " x = " + make + "(2);", "return x.Same(x) + \" \" + x.Same(" + make + "(2));");
                        break;
                }
            }
        }

        foreach (InterfaceSpec spec in @case.Interfaces)
        {
            ClassSpec target = @case.Class(spec.Target);
            string t = Ref(@case, target);
            string make = FactoryName(target);
            Add(spec.Name + " implemented", "return " + spec.HostName + ".Drive(new " + MineName(spec) + "(), " + make + "(4));");
            string direct = spec.Members[0] switch
            {
                InterfaceMember.Visit => "direct.Visit(" + make + "(1))",
                InterfaceMember.Pick => "(direct.Pick(new " + t + "[0]) is null).ToString()",
                InterfaceMember.Total => "direct.Total(new List<" + t + ">()).ToString()",
                _ => "direct.Map(item => \"m\" + item.Value, " + make + "(1))",
            };
            Add(spec.Name + " called", spec.Name + " direct = new " + MineName(spec) + "();", "return " + direct + ";");
        }

        foreach (ExtensionSpec extension in @case.Extensions)
        {
            ClassSpec target = @case.Class(extension.Target);
            string t = Ref(@case, target);
            string make = FactoryName(target);
            string label = LibraryRenderer.ExtensionClassName(extension, target);
            if (extension.IsNested)
            {
                Add(label, t + "? none = null;", "return " + make + "(3).Thrice() + \" \" + none.Peek() + \" \" + " + make + "(5).Peek();");
            }
            else
            {
                Add(label, t + "? none = null;", "return " + make + "(3).Twice() + \" \" + none.ValueOr(7) + \" \" + " + make + "(2).ValueOr(0);");
            }
        }

        if (@case.PoolTarget is { } pool)
        {
            ClassSpec target = @case.Class(pool);
            string b = Ref(@case, target);
            string make = FactoryName(target);
            string mine = target.ConsumerDerives ? " + \" \" + Pool.Use<" + MineName(target) + ">(new " + MineName(target) + "(4))" + " + \" \" + Through<" + MineName(target) + ">(new " + MineName(target) + "(7))" : string.Empty;
            Add("Pool<" + target.Name + ">", "return Pool.Use(" + make + "(3))" + mine + " + \" \" + new Holder<" + b + ">(" + make + "(2)).Show() + \" \" + Through(" + make + "(5));");
        }

        return steps;
    }

    /// <summary>How the consumer writes a class: its simple name under the using, or fully qualified.</summary>
    public static string Ref(RenameCase @case, ClassSpec spec) => spec.ConsumerQualifies ? @case.Namespace + "." + spec.Name : spec.Name;

    private static string StepName(int index) => "Step" + index.ToString("00", CultureInfo.InvariantCulture);

    private static string FactoryName(ClassSpec spec) => "New" + spec.Name;

    private static string MineName(ClassSpec spec) => "My" + spec.Name;

    private static string MineName(InterfaceSpec spec) => "My" + spec.Name.Substring(1);

    private static void Mine(CodeText text, RenameCase @case, ClassSpec spec)
    {
        text.Open("internal sealed class " + MineName(spec) + " : " + Ref(@case, spec))
            .Line("public " + MineName(spec) + "(int value)")
            .Line("    : base(value)")
            .Line("{")
            .Line("}")
            .Line();
        if (spec.Kind == ClassKind.Abstract)
        {
            text.Line("public override string Kind() => \"mine\";");
        }
        else
        {
            text.Line("public override string Describe() => \"mine(\" + base.Describe() + \")\";");
        }

        if (spec.Kind == ClassKind.Base)
        {
            text.Line().Line("protected override int Weight(int x) => base.Weight(x) + 100;");
        }

        text.Close();
    }

    private static void Implementation(CodeText text, RenameCase @case, InterfaceSpec spec)
    {
        string t = Ref(@case, @case.Class(spec.Target));
        text.Open("internal sealed class " + MineName(spec) + " : " + spec.Name);
        bool first = true;
        foreach (InterfaceMember member in spec.Members)
        {
            if (!first)
            {
                text.Line();
            }

            first = false;
            text.Line(member switch
            {
                InterfaceMember.Visit => "public string Visit(" + t + " item) => \"visit:\" + item.Value;",
                InterfaceMember.Pick => "public " + t + "? Pick(" + t + "[] items) => items.Length > 0 ? items[0] : null;",
                InterfaceMember.Total => "public int Total(List<" + t + "> items) => items.Count * 100;",
                _ => "public string Map(Func<" + t + ", string> map, " + t + " item) => \"map:\" + map(item);",
            });
        }

        text.Close();
    }
}
