using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// Defects the property test (<see cref="GeneratorPropertyTests"/>) found, each shrunk to a minimal input and kept so
/// that it stays fixed. A defect found and not fixed yet gets a test here that fails, and the case generator steps
/// around that one input until it is fixed, so the property keeps exploring the rest.
/// </summary>
public sealed class RegressionTests
{
    [Fact]
    public void Legacy_map_names_a_canonical_type_in_a_keyword_namespace_by_its_metadata_name()
    {
        const string library = """
            namespace @event.Core
            {
                [Ssot.Canonical("Legacy.Widget")]
                public sealed class Widget { }
            }
            """;
        GeneratorResult built = GeneratorRunner.Run(new TestCompilation { AssemblyName = "Lib" }.Create(library)).ShouldCompile();

        // Metadata names are never escaped: GetTypeByMetadataName("@event.Core.Widget") finds nothing.
        Assert.Contains("\"Legacy.Widget;event.Core.Widget;SSOT0001;warning;alias;no-api\"", built.Source("Ssot.Shim.Legacy.Widget.g.cs"), System.StringComparison.Ordinal);

        // So a project referencing the library gets the alias, as it does for any other namespace.
        var consumer = new TestCompilation { AssemblyName = "App", ExtraReferences = [MetadataReference.CreateFromImage(AssemblyImage.Emit(built.Output))] };
        GeneratorResult result = GeneratorRunner.Run(consumer.Create("namespace App { public static class Program { public static object Make() => new Widget(); } }"), consumer).ShouldCompile();
        Assert.Contains("global using Widget = global::@event.Core.Widget;", result.Source("Ssot.Aliases.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Facade_members_compile_when_a_parameter_is_named_like_a_facade_field()
    {
        // Today: "_canonical.Run(_canonical)" calls Run on the int parameter (CS1061), and the constructor's
        // "s_facades.Add(_canonical, this)" calls Add on the int parameter (CS1061).
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Widget")]
                public class Widget
                {
                    public Widget(int s_facades) { }
                    public int Run(int _canonical) => _canonical;
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Facade_of_a_type_with_required_members_compiles_or_is_reported()
    {
        // Today: the facade's "new global::N.Widget()" is CS9035 (required member 'Widget.Size' must be set), unreported.
        // Either the facade sets them (or does not mirror the constructor) or a usage diagnostic says why there is none.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Widget")]
                public class Widget
                {
                    public required int Size { get; set; }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Explicit_implementation_in_a_generic_facade_keeps_its_type_parameters_apart()
    {
        // Today the facade writes "T global::N.IEcho<T>.Echo<T>(T item, T other)": the method's T (named after the
        // interface's) hides the facade's T: CS0693, CS0539 and CS0535.
        const string source = """
            namespace N
            {
                public interface IEcho<X> { X Echo<T>(T item, X other); }

                [Ssot.Canonical("Old.Box`1")]
                public class Box<T> : IEcho<T>
                {
                    T IEcho<T>.Echo<U>(U item, T other) => other;
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void No_alias_takes_the_name_of_a_namespace_a_shim_creates()
    {
        // The shim of "Invoice.Gamma.Data" creates the namespace Invoice; the alias for "Gamma.Invoice" is named Invoice too.
        // Today the alias is emitted, the legacy reference below is CS0576, and SSOT2003 says the alias was skipped.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Invoice.Gamma.Data", "Gamma.Invoice")]
                public class Session { }
            }

            namespace App
            {
                public static class Use
                {
                    public static System.Type Legacy() => typeof(Invoice.Gamma.Data);
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0001");

        Assert.DoesNotContain("global using Invoice ", result.Source("Ssot.Aliases.g.cs"), System.StringComparison.Ordinal);
        Assert.Single(result.BuildDiagnosticsWithId("SSOT2003"));
    }

    [Fact]
    public void No_alias_takes_the_name_of_an_outer_class_a_shim_creates()
    {
        // The shim of "Repo+Text" brings the class Repo to the global namespace; the alias for "Old.Repo" is named Repo too.
        // Today the alias is emitted, the legacy reference below is CS0576, and SSOT2003 says the alias was skipped.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Repo+Text")]
                public class A { }

                [Ssot.Canonical("Old.Repo")]
                public class B { }
            }

            namespace App
            {
                public static class Use
                {
                    public static System.Type Legacy() => typeof(Repo.Text);
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0001");

        Assert.DoesNotContain("global using Repo ", (result.Sources.TryGetValue("Ssot.Aliases.g.cs", out string? aliases) ? aliases : string.Empty), System.StringComparison.Ordinal);
        Assert.Single(result.BuildDiagnosticsWithId("SSOT2003"));
    }

    [Fact]
    public void Alias_named_like_a_nested_global_shim_is_emitted()
    {
        // "Repo+Beta" puts the class Repo (not Beta) in the global namespace, so the alias Beta for "Old.Beta" is free.
        // Today the alias rules take Beta as the global name of the nested shim and drop the alias, with no diagnostic.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Repo+Beta")]
                public class A { }

                [Ssot.Canonical("Old.Beta")]
                public class B { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile();

        Assert.Contains("global using Beta = global::N.B;", result.Sources.TryGetValue("Ssot.Aliases.g.cs", out string? aliases) ? aliases : string.Empty, System.StringComparison.Ordinal);
        Assert.Empty(result.BuildDiagnosticsWithId("SSOT2003"));
    }

    [Fact]
    public void Alias_named_like_a_generic_global_shim_is_emitted_or_reported()
    {
        // The shim of "Holder`1" is the global class Holder<T>; the alias for "Helper.Holder" is Holder, which can sit
        // beside it (an alias and a generic type of one name coexist). Today the alias is dropped and nothing says so.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Helper.Holder")]
                public class A { }

                [Ssot.Canonical("Holder`1")]
                public class B<T> { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile();

        bool emitted = result.Sources.TryGetValue("Ssot.Aliases.g.cs", out string? aliases) && aliases.Contains("global using Holder = global::N.A;", System.StringComparison.Ordinal);
        Assert.True(emitted || result.BuildDiagnosticsWithId("SSOT2003").Count == 1, "The alias Holder is neither emitted nor reported as skipped.");
    }

    [Fact]
    public void Facade_compiles_when_members_are_named_like_the_facade_internals()
    {
        // Today each of the three fields is forwarded beside the facade's private member of the same name: CS0102, CS0229.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Widget")]
                public class Widget
                {
                    public int s_facades;
                    public int SsotForwardedHandlers;
                    public int _handlersOfChanged;
                    public event System.EventHandler? Changed { add { } remove { } }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Static_forwarder_for_a_nested_legacy_name_compiles_with_extension_methods()
    {
        // Today: "public static int Twice(this int x)" inside "static partial class Holder { static class Helpers { … } }": CS1109.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Holder+Helpers")]
                public static class Helpers
                {
                    public static int Twice(this int x) => x * 2;
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Generic_facade_with_a_sender_event_has_no_type_parameter_clash()
    {
        // Today the facade's nested SsotForwardedHandlers declares "public T Add<T>(…)" inside "Box<T>": CS0693.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Box`1")]
                public class Box<T>
                {
                    public event System.EventHandler? Changed { add { } remove { } }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Legacy_name_of_an_existing_namespace_is_reported_not_generated()
    {
        // Today the shim "class Alpha" lands beside "namespace Alpha": CS0101, and its conversions then fail (CS0556).
        // A usage diagnostic at "Alpha", with no shim, is what a user can act on.
        const string source = """
            namespace Alpha.Core
            {
                [Ssot.Canonical("Alpha")]
                public class Widget { }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Legacy_namespace_named_like_an_existing_type_is_reported_not_generated()
    {
        // Today the shim's "namespace Mode.Old" lands beside "class Mode": CS0101 (on the user's own type) and CS1503.
        const string source = """
            [Ssot.Canonical("Mode.Old.Thing")]
            public sealed class Mode { }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Facade_keeps_suppressed_null_defaults_warning_free()
    {
        // Today the facade writes "T value = default" (CS8601) and "string text = null" (CS8625) in generated code.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Widget")]
                public class Widget
                {
                    public void Run<T>(T value = default!) { }
                    public void Log(string text = null!) { }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Generic_shim_named_like_a_type_parameter_compiles_or_is_reported()
    {
        // Today the shim is "public sealed class Widget<Widget>": CS0694.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Widget`1")]
                public class Box<Widget> { }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Legacy_type_nested_in_its_own_name_is_reported_not_generated()
    {
        // Today: "static partial class Outer { sealed class Outer … }" is CS0542, and no diagnostic explains it.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Outer+Outer")]
                public class Widget { }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Legacy_name_with_outer_classes_of_one_name_is_reported_not_generated()
    {
        // Today: "static partial class Outer { static partial class Outer { … } }" is CS0542, and no diagnostic explains it.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Outer+Outer+Inner")]
                public class Widget { }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Generic_shim_and_a_namespace_of_its_name_both_get_shims()
    {
        // The shim Alpha<T> and the namespace Alpha (of the shim Alpha.Beta) coexist in C#, and both names resolve below.
        // Today both get SSOT1013 and no shim, so the legacy references do not compile (CS0246).
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Alpha`1")]
                public class B<T> { }

                [Ssot.Canonical("Alpha.Beta")]
                public class A { }
            }

            namespace App
            {
                public static class Use
                {
                    public static System.Type[] Legacy() => [typeof(Alpha<>), typeof(Alpha.Beta)];
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile("SSOT0001");

        Assert.Empty(result.BuildDiagnosticsWithId("SSOT1013"));
    }

    [Fact]
    public void A_colliding_legacy_name_gets_no_alias_and_only_its_collision_is_reported()
    {
        // "Core" and "Core.Repo" collide (SSOT1013 on both, no shims). A refused claim gets no output at all: no alias,
        // and no second report (SSOT2003) of a name nothing holds.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Core")]
                public class A { }

                [Ssot.Canonical("Core.Repo")]
                public class B { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        Assert.Equal(2, result.BuildDiagnosticsWithId("SSOT1013").Count);
        Assert.Empty(result.BuildDiagnosticsWithId("SSOT2003"));
        Assert.DoesNotContain("Ssot.Aliases.g.cs", result.Sources.Keys);
    }

    [Fact]
    public void Alias_is_not_dropped_for_the_global_name_of_shims_that_are_not_generated()
    {
        // "Buffer.Is+Mailer" and "Buffer+Inner" collide (SSOT1013, no shims): nothing is generated at the global name Buffer.
        // Today the alias Buffer for "Widget.Buffer" is dropped anyway, and no diagnostic says so.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Buffer.Is+Mailer")]
                public class A { }

                [Ssot.Canonical("Buffer+Inner")]
                public class B { }

                [Ssot.Canonical("Widget.Buffer")]
                public class C { }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        Assert.Equal(2, result.BuildDiagnosticsWithId("SSOT1013").Count);
        Assert.Contains("global using Buffer = global::N.C;", result.Sources.TryGetValue("Ssot.Aliases.g.cs", out string? aliases) ? aliases : string.Empty, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_namespace_and_generated_outer_class_of_one_name_are_reported()
    {
        // Today: "namespace Store" (for Store.Alpha) and "static partial class Store" (for Store+Beta): CS0101, unreported.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Store.Alpha")]
                public class A { }

                [Ssot.Canonical("Store+Beta")]
                public class B { }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Legacy_type_and_generated_outer_class_of_one_name_are_reported()
    {
        // Today: the facade "sealed class Outer" and "static partial class Outer" (for Old.Outer+Beta): CS0260, CS0708, …
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Outer")]
                public class A { }

                [Ssot.Canonical("Old.Outer+Beta")]
                public class B { }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Generated_outer_class_shared_by_public_and_internal_canonical_types_compiles()
    {
        // Today: "public static partial class Outer" and "internal static partial class Outer": CS0262.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Outer+Alpha")]
                public class A { }

                [Ssot.Canonical("Old.Outer+Beta")]
                internal class B { }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Nested_legacy_name_like_a_member_of_its_outer_type_is_reported_not_generated()
    {
        // Today the shim class Inner is added to the partial Widget beside its property Inner: CS0102 in the user's file.
        const string source = """
            namespace Old
            {
                [Ssot.Canonical("Old.Widget+Inner")]
                public partial class Widget
                {
                    public int Inner => 0;
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Facade_type_is_not_captured_by_a_method_type_parameter_of_its_name()
    {
        // Today the facade declares "Take<Item>(Item w)": w is now of the method's type parameter: CS1503.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Item")]
                public class Widget
                {
                    public void Take<Item>(Widget w) { }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Facade_keeps_the_sign_of_a_negative_zero_decimal_default()
    {
        // Today the facade writes "decimal d = 0.0m": a caller through the legacy type gets positive zero.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Widget")]
                public class Widget
                {
                    public void Take(decimal d = -0.0m) { }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile();

        IMethodSymbol take = result.Output.GetTypeByMetadataName("Old.Widget")!.GetMembers("Take").OfType<IMethodSymbol>().Single();
        Assert.True(decimal.IsNegative((decimal)take.Parameters[0].ExplicitDefaultValue!), "The facade's default is " + take.Parameters[0].ExplicitDefaultValue);
    }

    [Fact]
    public void Subclass_of_a_record_without_an_accessible_constructor_is_reported_not_generated()
    {
        // Today "public record Old : global::N.Repo { }" is generated: its implicit constructor has no base constructor
        // to call (the protected copy constructor is not one), CS7036. Like a class, it should get SSOT1008.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Repo", Shim = Ssot.ShimKind.Subclass)]
                public record Repo
                {
                    private Repo(int x) { }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Facade_of_an_experimental_member_compiles()
    {
        // Today the facade's "=> _canonical.Run()" is error CASE001 in generated code. Carrying [Experimental] over to
        // the forwarding member (its callers then get CASE001, as callers of the canonical member do) would fix it.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Widget")]
                public class Widget
                {
                    [System.Diagnostics.CodeAnalysis.Experimental("CASE001")]
                    public void Run() { }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Extension_forwarder_of_an_experimental_method_compiles()
    {
        // An extension forwarder is [Obsolete] itself, and [Obsolete] wins over [Experimental] on one member: the
        // attribute alone left "=> global::N.Tools.Run(self)" an error CASE001 in generated code.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Tools")]
                public static class Tools
                {
                    [System.Diagnostics.CodeAnalysis.Experimental("CASE001")]
                    public static void Run(this string self) { }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Nested_legacy_name_Item_beside_an_indexer_is_reported_not_generated()
    {
        // An indexer's metadata name is Item. Today the shim class Item is added beside it: CS0102 in the user's file.
        const string source = """
            namespace Old
            {
                [Ssot.Canonical("Old.Widget+Item")]
                public partial class Widget
                {
                    public int this[int i] => i;
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Nested_legacy_name_like_an_inherited_member_compiles_without_warnings()
    {
        // Today the shim class Size, added to the partial Widget, hides the inherited Base.Size: CS0108 in generated code.
        const string source = """
            namespace N
            {
                public class Base { public int Size => 0; }

                [Ssot.Canonical("N.Widget+Size")]
                public partial class Widget : Base { }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Generated_outer_class_like_a_member_of_its_declared_outer_type_is_reported_not_generated()
    {
        // Today the generator adds "static partial class Store" to the partial Widget beside its method Store: CS0102.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("N.Widget+Store+Options")]
                public partial class Widget
                {
                    public void Store() { }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }

    [Fact]
    public void Abstract_class_without_an_accessible_constructor_is_reported_not_subclassed()
    {
        // Today: "public abstract class Job : global::N.Job { }" cannot call the private constructor: CS1729, unreported.
        const string source = """
            namespace N
            {
                [Ssot.Canonical("Old.Job")]
                public abstract class Job
                {
                    private Job() { }
                }
            }
            """;

        GeneratorRunner.Run(source).ShouldCompile();
    }
}
