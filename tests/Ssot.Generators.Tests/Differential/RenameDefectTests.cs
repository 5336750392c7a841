using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// One minimal case for each class of defect <see cref="RenameDifferentialTests"/> finds, shrunk by hand from what it
/// printed. Each asserts what the contract promises, so each fails until its defect is fixed; then its skip goes, and
/// so does the class from <see cref="RenameDefects"/>. Run them with <c>SSOT_RUN_OPEN_DEFECTS=1</c>.
/// </summary>
public sealed class RenameDefectTests
{
    private const string RenamedWidget = """
        namespace Acme.Storage
        {
            [Ssot.Canonical("Acme.Storage.Widget")]
            public sealed class UnifiedWidget
            {
                public UnifiedWidget(int value) { Value = value; }

                public int Value { get; }
            }
        }
        """;

    [Fact]
    public void A_nullable_legacy_type_in_a_signature_is_reported_once_and_the_build_passes_on_both_targets()
    {
        // The compiler reports an obsolete 'Widget?' on a span that takes in the '?'; the analyzer reports 'Widget'.
        // Every nullable form: parameters, returns, arrays of nullables, type arguments, locals, fields, properties,
        // delegates, and a nullable value type.
        const string v2 = RenamedWidget + """

            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Point")]
                public struct UnifiedPoint
                {
                    public int X { get; set; }
                }

                public static class Printer
                {
                    public static Widget? Field;

                    public static Point? Origin;

                    public static System.Func<Widget?, int>? Counter { get; set; }

                    public static string Show(Widget? item) => item is null ? "null" : "widget";

                    public static Widget? First(Widget?[] items) => items.Length > 0 ? items[0] : null;

                    public static int Count(System.Collections.Generic.List<Widget?> items)
                    {
                        Widget? first = items.Count > 0 ? items[0] : null;
                        Point? at = Origin;
                        return first is null || at is null ? 0 : items.Count;
                    }

                    public static Widget?[]? All(params Widget?[]? items) => items;
                }
            }
            """;

        var findings = new List<Finding>();
        var renames = new Dictionary<string, string> { ["Widget"] = "UnifiedWidget", ["Point"] = "UnifiedPoint" };
        foreach (TargetFramework framework in new[] { TargetFramework.Net100, TargetFramework.NetStandard20 })
        {
            GeneratorResult built = DefectRepro.Library(v2, framework);
            findings.AddRange(BuildCheck.Findings(RenameDifferential.Moniker(framework), built));
            findings.AddRange(LegacyReportCheck.Findings(RenameDifferential.Moniker(framework), built, DefectRepro.Namespace, renames));
        }

        Assert.True(findings.Count == 0, DefectRepro.Describe(findings));
    }

    [Fact]
    public void The_attribute_builds_in_a_CLS_compliant_library()
    {
        // Was: CS3016 'Arrays as attribute arguments is not CLS-compliant' on [Ssot.Canonical("Acme.Storage.Widget")].
        GeneratorResult built = DefectRepro.Library("[assembly: System.CLSCompliant(true)]\n" + RenamedWidget);

        Assert.Empty(DefectRepro.FailingIds(built));
    }

    [Fact]
    public void An_old_binary_deriving_from_an_unsealed_renamed_class_still_runs()
    {
        // Was: TypeLoadException 'the parent type is sealed': the shim of an unsealed class was a sealed facade.
        const string v1 = """
            namespace Acme.Storage
            {
                public class Node
                {
                    protected Node(int value) { Value = value; }

                    public int Value { get; }

                    public virtual string Describe() => "node:" + Value;
                }
            }
            """;
        const string consumer = """
            namespace App
            {
                public static class Program
                {
                    public static string Run() => new Mine().Describe();
                }

                internal sealed class Mine : Acme.Storage.Node
                {
                    public Mine() : base(1) { }

                    public override string Describe() => "mine(" + base.Describe() + ")";
                }
            }
            """;

        (string before, string after) = DefectRepro.OldBinary(v1, consumer, Renamed(v1, "Node"));

        Assert.Equal("mine(node:1)", before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Library_code_deriving_from_or_constrained_to_an_unsealed_renamed_class_builds()
    {
        // Was: SSOT1011 with CS0509, CS0115, CS0117 and CS1729 for the derived class, and CS0701, CS1061 and CS8602 for
        // the constraint: Auto chose a sealed facade. A class built to be derived from now gets a subclass.
        const string v1 = """
            namespace Acme.Storage
            {
                public class Node
                {
                    protected Node(int value) { Value = value; }

                    public int Value { get; }

                    public virtual string Describe() => "node";
                }

                public sealed class Special : Node
                {
                    public Special() : base(1) { }

                    public override string Describe() => "special";
                }

                public static class Pool
                {
                    public static string Use<TItem>(TItem item) where TItem : Node => item.Describe();
                }
            }
            """;

        GeneratorResult built = DefectRepro.Library(Renamed(v1, "Node"));

        Assert.Empty(DefectRepro.FailingIds(built));
        Assert.Contains("class Node : global::Acme.Storage.UnifiedNode", built.Source("Ssot.Shim.Acme.Storage.Node.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_binary_calls_members_whose_v2_signature_still_says_the_old_name()
    {
        // Today: MissingMethodException for 'Widget.Create(Int32)' and 'Widget.Pair(Widget)': in v2 the canonical type's
        // own signatures say 'Widget', which binds to the shim, and the facade does not forward such members.
        const string v1 = """
            namespace Acme.Storage
            {
                public sealed class Widget
                {
                    public Widget(int value) { Value = value; }

                    public int Value { get; }

                    public static Widget Create(int value) => new Widget(value);

                    public string Pair(Widget other) => Value + "+" + other.Value;
                }
            }
            """;
        const string consumer = """
            namespace App
            {
                public static class Program
                {
                    public static string Run()
                    {
                        string created;
                        try { created = Acme.Storage.Widget.Create(2).Value.ToString(); } catch (System.Exception e) { created = e.GetType().Name; }
                        string paired;
                        try { paired = new Acme.Storage.Widget(2).Pair(new Acme.Storage.Widget(3)); } catch (System.Exception e) { paired = e.GetType().Name; }
                        return created + " " + paired;
                    }
                }
            }
            """;

        (string before, string after) = DefectRepro.OldBinary(v1, consumer, Renamed(v1, "Widget"));

        Assert.Equal("2 2+3", before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void An_old_binary_reads_a_static_readonly_field_through_the_old_name()
    {
        // Today: MissingFieldException 'Acme.Storage.Widget.Seed': the facade turns fields into properties (the README
        // lists it as a limitation; the contract says an old binary runs unchanged).
        const string v1 = """
            namespace Acme.Storage
            {
                public sealed class Widget
                {
                    public static readonly int Seed = 42;
                }
            }
            """;
        const string consumer = """
            namespace App
            {
                public static class Program
                {
                    public static string Run() => Acme.Storage.Widget.Seed.ToString();
                }
            }
            """;

        (string before, string after) = DefectRepro.OldBinary(v1, consumer, Renamed(v1, "Widget"));

        Assert.Equal("42", before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void An_old_binary_constructs_a_class_whose_constructor_passes_this_as_the_old_name()
    {
        // Today: ArgumentException 'An item with the same key has already been added': the canonical constructor's
        // Register(this) converts it to a facade (and records it), then the facade constructor records its own.
        const string v1 = """
            namespace Acme.Storage
            {
                public sealed class Widget
                {
                    public Widget(int value) { Registration = Registry.Register(this); }

                    public string Registration { get; }
                }

                public static class Registry
                {
                    public static string Register(Widget item) => "registered";
                }
            }
            """;
        const string consumer = """
            namespace App
            {
                public static class Program
                {
                    public static string Run() => new Acme.Storage.Widget(1).Registration;
                }
            }
            """;

        (string before, string after) = DefectRepro.OldBinary(v1, consumer, Renamed(v1, "Widget"));

        Assert.Equal("registered", before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void An_old_binary_reads_a_static_field_the_canonical_class_fills_with_a_facade_on_netstandard2_0()
    {
        // Was: TypeInitializationException for 'Acme.Storage.Widget' against the netstandard2.0 build: the facade's
        // redeclared 'Default' ran the canonical static constructor, whose 'new Widget(18)' made a facade before the
        // facade's reflected constructor field was set (it was declared after the members).
        const string v1 = """
            namespace Acme.Storage
            {
                public sealed class Widget
                {
                    public Widget(int value) { Value = value; }

                    public int Value { get; }

                    public static readonly Widget Default = new Widget(18);
                }
            }
            """;
        const string consumer = """
            namespace App
            {
                public static class Program
                {
                    public static string Run() => Acme.Storage.Widget.Default.Value + " " + new Acme.Storage.Widget(3).Value;
                }
            }
            """;

        (string before, string after) = DefectRepro.OldBinary(v1, consumer, Renamed(v1, "Widget"), TargetFramework.NetStandard20);

        Assert.Equal("18 3", before);
        Assert.Equal(before, after);
    }

    private const string ComparesItself = """
        namespace Acme.Storage
        {
            public sealed class Widget
            {
                public Widget(int value) { Value = value; }

                public int Value { get; }

                public bool Same(Widget other) => ReferenceEquals(this, other);
            }
        }
        """;

    [Fact]
    public void A_renamed_class_that_compares_itself_with_a_parameter_of_the_old_name_gets_one_SSOT1023()
    {
        // Was silent: in v2 'ReferenceEquals(this, other)' compares the canonical instance with the facade an old binary
        // (or a recompiled consumer) passes, which is never the same object, so 'Same' answers False.
        GeneratorResult built = DefectRepro.Library(Renamed(ComparesItself, "Widget"));

        IReadOnlyList<string> reports = built.BuildDiagnosticsWithId("SSOT1023");
        Assert.Single(reports);
        Assert.Contains("'other' is a facade of 'UnifiedWidget': it is never the same object as a 'UnifiedWidget'; compare '(UnifiedWidget)other'", reports[0], System.StringComparison.Ordinal);
        Assert.Equal(["SSOT1023"], DefectRepro.FailingIds(built));
    }

    [Fact]
    public void A_renamed_class_that_compares_itself_with_a_parameter_of_the_old_name_keeps_its_answer_once_SSOT1023_is_fixed()
    {
        const string consumer = """
            namespace App
            {
                public static class Program
                {
                    public static string Run() { var widget = new Acme.Storage.Widget(1); return widget.Same(widget) + " " + widget.Same(new Acme.Storage.Widget(1)); }
                }
            }
            """;
        IReadOnlyList<SourceFile> v2 = [new SourceFile("Library.cs", Renamed(ComparesItself, "Widget"))];

        IReadOnlyList<SourceFile> fixedV2 = FormatRoutine.Apply(v2, RenameDifferential.Library(TargetFramework.Net100), DefectRepro.Library(v2[0].Text).BuildDiagnostics, FormatRoutine.Author);
        (string before, string after) = DefectRepro.OldBinary(ComparesItself, consumer, fixedV2[0].Text);

        Assert.Contains("public bool Same(Widget other) => ReferenceEquals(this, (UnifiedWidget)other);", fixedV2[0].Text, System.StringComparison.Ordinal);
        Assert.Empty(DefectRepro.FailingIds(DefectRepro.Library(fixedV2[0].Text)));
        Assert.Equal("True False", before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void A_renamed_class_that_compares_itself_passes_the_differential_with_the_author_fixing_SSOT1023()
    {
        // The differential's author step applies SSOT1023's fix, as the README's table says: v2 then builds, the old
        // binary and the recompiled consumer see what v1 answered.
        var @case = new RenameCase(
            DefectRepro.Namespace,
            [new ClassSpec("Widget", ClassKind.Sealed, "UnifiedWidget", Reentrant: false, LibraryDerives: false, ConsumerDerives: false, ConsumerQualifies: true, "public", [new MemberSpec(ApiMember.Same, 0, 1)])],
            [],
            [],
            PoolTarget: null,
            ClsCompliant: false,
            ConsumerUsingInside: false);
        GeneratorResult rendered = DefectRepro.Library(LibraryRenderer.Render(@case, v2: true).Single(f => f.Text.Contains("Same(", System.StringComparison.Ordinal)).Text);

        IReadOnlyList<Finding> findings = RenameDifferential.Check(@case);

        Assert.Single(rendered.BuildDiagnosticsWithId("SSOT1023"));
        Assert.True(findings.Count == 0, DefectRepro.Describe(findings));
    }

    [OpenDefectFact(RenameDefects.AbstractConstructorPassesThis)]
    public void An_abstract_class_whose_constructor_passes_this_as_the_old_name_still_builds()
    {
        // Today: CS1503 'cannot convert from UnifiedWidget to Widget': the subclass shim derives from the canonical type,
        // so the canonical 'this' is no legacy 'Widget'.
        const string v1 = """
            namespace Acme.Storage
            {
                public abstract class Widget
                {
                    protected Widget() { Registration = Registry.Register(this); }

                    public string Registration { get; }
                }

                public static class Registry
                {
                    public static string Register(Widget item) => "registered";
                }
            }
            """;

        Assert.Empty(DefectRepro.FailingIds(DefectRepro.Library(Renamed(v1, "Widget"))));
    }

    [OpenDefectFact(RenameDefects.AbstractConstructorPassesThis)]
    public void An_inheritable_class_whose_constructor_passes_this_as_the_old_name_still_builds()
    {
        // Today: CS1503 as for an abstract class: a class built to be derived from gets a subclass shim, which the
        // canonical 'this' is no instance of (with a facade, every class derived from the old name would break instead).
        const string v1 = """
            namespace Acme.Storage
            {
                public class Widget
                {
                    protected Widget() { Registration = Registry.Register(this); }

                    public string Registration { get; }
                }

                public static class Registry
                {
                    public static string Register(Widget item) => "registered";
                }
            }
            """;

        Assert.Empty(DefectRepro.FailingIds(DefectRepro.Library(Renamed(v1, "Widget"))));
    }

    [Fact]
    public void A_sibling_namespace_file_that_imports_the_legacy_namespace_keeps_its_public_signatures()
    {
        // Today: under the file's top-level using the alias binds 'Widget' in Acme.Extras to the canonical type, while in
        // Acme.Storage it is the shim; Twice(Widget)
        // is now Twice(UnifiedWidget), unreported, and the old binary gets MissingMethodException for it.
        const string v1 = """
            using Acme.Storage;

            namespace Acme.Storage
            {
                public sealed class Widget
                {
                    public Widget(int value) { Value = value; }

                    public int Value { get; }

                    public static string Show(Widget item) => "show:" + item.Value;
                }
            }

            namespace Acme.Extras
            {
                public static class WidgetExtras
                {
                    public static string Twice(this Widget item) => item.Value + "/" + item.Value;
                }
            }
            """;
        const string consumer = """
            using Acme.Extras;

            namespace App
            {
                public static class Program
                {
                    public static string Run() => new Acme.Storage.Widget(3).Twice() + " " + Acme.Storage.Widget.Show(new Acme.Storage.Widget(4));
                }
            }
            """;
        string v2 = Renamed(v1, "Widget");

        (string before, string after) = DefectRepro.OldBinary(v1, consumer, v2);
        List<Finding> meanings = LegacyReportCheck.Findings("v2", DefectRepro.Library(v2), DefectRepro.Namespace, DefectRepro.WidgetRenamed)
            .Where(f => f.Defect.EndsWith("one simple name means two types", System.StringComparison.Ordinal))
            .ToList();

        Assert.Equal("3/3 show:4", before);
        Assert.Equal(before, after);
        Assert.True(meanings.Count == 0, DefectRepro.Describe(meanings));
    }

    [Fact]
    public void A_consumer_recompiled_from_unchanged_source_against_v2_builds()
    {
        // Today: under 'using Acme.Storage;' the alias makes 'Widget' the canonical type, while the library's signatures
        // (declared inside Acme.Storage and Acme.Storage.Extensions) take the shim: CS0535 for the interface, CS1503 for
        // the array. (The random cases also show CS1929 for extension receivers, CS0266, CS0311 and CS0029.)
        const string v1 = """
            namespace Acme.Storage
            {
                public sealed class Widget
                {
                    public Widget(int value) { Value = value; }

                    public int Value { get; }
                }

                public interface IInspector
                {
                    string Visit(Widget item);
                }

                public static class Host
                {
                    public static int Count(Widget[] items) => items.Length;
                }
            }

            namespace Acme.Storage.Extensions
            {
                public static class WidgetExtensions
                {
                    public static string Twice(this Widget item) => item.Value + "/" + item.Value;
                }
            }
            """;
        const string consumer = """
            using Acme.Storage;
            using Acme.Storage.Extensions;

            namespace App
            {
                public static class Program
                {
                    public static string Run() =>
                        new Inspector().Visit(new Widget(1)) + " " + Host.Count(new Widget[] { new Widget(2) }) + " " + new Widget(3).Twice();
                }

                internal sealed class Inspector : IInspector
                {
                    public string Visit(Widget item) => "visit:" + item.Value;
                }
            }
            """;

        GeneratorResult recompiled = DefectRepro.Recompiled(Renamed(v1, "Widget"), consumer);

        Assert.True(DefectRepro.FailingIds(recompiled).Count == 0, DefectRepro.Describe(BuildCheck.Findings("the consumer recompiled", recompiled)));
    }

    [Fact]
    public void The_routine_format_step_leaves_the_library_public_signatures_alone()
    {
        // 'Take(Widget item)' is the library's shipped API: SSOT0005, which the routine command does not fix.
        const string v2 = RenamedWidget + """

            namespace Acme.Storage
            {
                public static class Host
                {
                    public static string Take(Widget item) => "took:" + item.Value;
                }
            }
            """;
        IReadOnlyList<SourceFile> sources = [new SourceFile("Library.cs", v2)];
        GeneratorResult before = DefectRepro.Library(v2);

        IReadOnlyList<SourceFile> formatted = FormatRoutine.Apply(sources, RenameDifferential.Library(TargetFramework.Net100), before.BuildDiagnostics);
        GeneratorResult after = DefectRepro.Library(formatted[0].Text);

        Assert.Equal("", PublicApi.Difference(PublicApi.Of(before.Output), PublicApi.Of(after.Output)));
    }

    [Fact]
    public void A_name_bound_through_the_alias_is_reported_once_as_SSOT0006()
    {
        const string consumer = """
            using Acme.Storage;

            namespace App
            {
                public static class Program
                {
                    public static string Run() { Widget widget = new Widget(1); return widget.Value.ToString(); }
                }
            }
            """;

        GeneratorResult recompiled = DefectRepro.Recompiled(RenamedWidget, consumer);

        Assert.Empty(LegacyReportCheck.Findings("consumer", recompiled, DefectRepro.Namespace, DefectRepro.WidgetRenamed));
        Assert.Equal(2, recompiled.BuildDiagnosticsWithId("SSOT0006").Count);
    }

    [Fact]
    public void The_differential_case_whose_static_field_read_null_through_the_facade_after_the_format_step()
    {
        // Series 777 of the differential: after the routine format step the library's own code constructs the canonical
        // type first, and its static field's initializer converts 'this' to the old name; the v1 binary then read
        // 'Ledger.Default' as null through the facade. The shrunk shape is the test that follows.
        RenameCase @case = RenameCaseGens.Case.Generate(CsCheck.PCG.Parse("000000000hEL2"), null, out _);

        Assert.Empty(RenameDifferential.Check(@case).Select(f => f.ToString()));
    }

    /// <summary>
    /// A static field whose initializer constructs the canonical class, whose constructor passes 'this' as the old name,
    /// read by an old binary: first through the facade, and after library code initialized the canonical class first.
    /// In the second order, converting 'this' used to run the facade's static initializer while the canonical static
    /// fields were still unset, and the facade's copy of 'Default' stayed null (series 777 of the differential).
    /// </summary>
    [Theory]
    [InlineData("Acme.Storage.Widget.Default.Value.ToString()", "75")]
    [InlineData("Acme.Storage.Factory.Peek() + \":\" + Acme.Storage.Widget.Default.Value", "1:75")]
    public void An_old_binary_reads_a_static_field_whose_canonical_instance_converts_itself_while_the_canonical_class_initializes(string read, string expected)
    {
        const string v1 = """
            namespace Acme.Storage
            {
                public sealed class Widget
                {
                    public Widget(int value) { Value = value; Created++; Registration = Registry.Register(this); }

                    public int Value { get; }

                    public string Registration { get; }

                    public static int Created { get; private set; }

                    public static readonly Widget Default = new Widget(75);
                }

                public static class Registry
                {
                    public static string Register(Widget item) => "registered:" + item.Value;
                }

                public static class Factory
                {
                    public static int Peek() => new Widget(1).Value;
                }
            }
            """;
        string consumer = "namespace App\n{\n    public static class Program\n    {\n        public static string Run() => " + read + ";\n    }\n}\n";

        string v2 = Renamed(v1, "Widget")
            .Replace("= new Widget(75)", "= new UnifiedWidget(75)", System.StringComparison.Ordinal)
            .Replace("Peek() => new Widget(1)", "Peek() => new UnifiedWidget(1)", System.StringComparison.Ordinal);
        (string before, string after) = DefectRepro.OldBinary(v1, consumer, v2);

        Assert.Equal(expected, before);
        Assert.Equal(before, after);
    }

    /// <summary>v2 of a v1 source: the class's declaration and constructors say 'Unified' + its name, with the attribute.</summary>
    private static string Renamed(string v1, string name) =>
        v1.Replace("public class " + name, "[Ssot.Canonical(\"Acme.Storage." + name + "\")]\n    public class Unified" + name, System.StringComparison.Ordinal)
            .Replace("public sealed class " + name, "[Ssot.Canonical(\"Acme.Storage." + name + "\")]\n    public sealed class Unified" + name, System.StringComparison.Ordinal)
            .Replace("public abstract class " + name, "[Ssot.Canonical(\"Acme.Storage." + name + "\")]\n    public abstract class Unified" + name, System.StringComparison.Ordinal)
            .Replace("public " + name + "(", "public Unified" + name + "(", System.StringComparison.Ordinal)
            .Replace("protected " + name + "(", "protected Unified" + name + "(", System.StringComparison.Ordinal);
}
