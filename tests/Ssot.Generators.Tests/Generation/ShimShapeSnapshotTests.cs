using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// One test per shim shape: every generated file is snapshotted, the output compiles, and each legacy reference in
/// the input (marked <c>/*!*/</c>) is reported exactly once, where it is written.
/// </summary>
public sealed class ShimShapeSnapshotTests
{
    [Fact]
    public void Struct_gets_a_struct_facade()
    {
        const string canonical = """
            using System;
            using Ssot;

            namespace New.Geometry;

            public interface IHasLength { double Length { get; } }

            [Canonical("Old.Geometry.Vector")]
            public struct Vector2D : IHasLength, IEquatable<Vector2D>
            {
                public Vector2D(double x, double y) { X = x; Y = y; }

                public double X { get; set; }

                public double Y { get; set; }

                public readonly double Length => Math.Sqrt((X * X) + (Y * Y));

                public static Vector2D Zero => default;

                public void Scale(double factor) { X *= factor; Y *= factor; }

                public readonly bool Equals(Vector2D other) => X == other.X && Y == other.Y;

                public override readonly bool Equals(object? obj) => obj is Vector2D other && Equals(other);

                public override readonly int GetHashCode() => HashCode.Combine(X, Y);
            }
            """;
        const string legacy = """
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static double Run()
                    {
                        var vector = new /*!*/Old.Geometry.Vector(3, 4);
                        vector.Scale(2);
                        New.Geometry.Vector2D canonical = vector;
                        /*!*/Old.Geometry.Vector back = canonical;
                        return back.Length + canonical.Length;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots("Shape.StructFacade", ["Ssot.Aliases.g.cs", "Ssot.Shim.Old.Geometry.Vector.g.cs"]);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", legacy, 1, "Old.Geometry.Vector");
        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void Record_class_gets_a_facade()
    {
        const string canonical = """
            using Ssot;

            namespace New.Billing;

            [Canonical("Old.Billing.Invoice")]
            public record Invoice(string Number, decimal Amount)
            {
                public decimal Tax(decimal rate) => Amount * rate;
            }
            """;
        const string legacy = """
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static decimal Run()
                    {
                        /*!*/Old.Billing.Invoice invoice = new /*!*/Old.Billing.Invoice("A-1", 10m);
                        New.Billing.Invoice canonical = invoice;
                        return invoice.Tax(0.2m) + canonical.Amount;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots("Shape.RecordFacade", ["Ssot.Aliases.g.cs", "Ssot.Registrations.g.cs", "Ssot.Shim.Old.Billing.Invoice.g.cs"]);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", legacy, 1, "Old.Billing.Invoice");
        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void Record_facade_compares_by_value_like_the_record_it_replaces()
    {
        const string canonical = """
            using Ssot;

            namespace New.Billing;

            [Canonical("Old.Billing.Invoice")]
            public record Invoice(string Number, decimal Amount);
            """;
        const string legacy = """
            #pragma warning disable SSOT0001
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static bool Equal() => new Old.Billing.Invoice("A-1", 10m) == new Old.Billing.Invoice("A-1", 10m);

                    public static bool NotEqual() => new Old.Billing.Invoice("A-1", 10m) != new Old.Billing.Invoice("A-1", 10m);

                    public static bool EqualsMethod() => new Old.Billing.Invoice("A-1", 10m).Equals(new Old.Billing.Invoice("A-1", 10m));
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile();
        System.Type uses = result.Load().GetType("Legacy.Callers.Uses", throwOnError: true)!;

        // The old record compared by value; a facade without its operators silently compares references.
        Assert.True((bool)uses.GetMethod("EqualsMethod")!.Invoke(null, null)!);
        Assert.True((bool)uses.GetMethod("Equal")!.Invoke(null, null)!, "'==' on two equal legacy records must stay true through the facade");
        Assert.False((bool)uses.GetMethod("NotEqual")!.Invoke(null, null)!, "'!=' on two equal legacy records must stay false through the facade");
    }

    [Fact]
    public void Record_struct_facade_keeps_the_equality_operators_legacy_code_uses()
    {
        const string canonical = """
            using Ssot;

            namespace New.Money;

            [Canonical("Old.Money.Amount")]
            public readonly record struct Cash(decimal Value, string Currency);
            """;
        const string legacy = """
            #pragma warning disable SSOT0001
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static bool Equal() => new Old.Money.Amount(1m, "EUR") == new Old.Money.Amount(1m, "EUR");

                    public static bool NotEqual() => new Old.Money.Amount(1m, "EUR") != new Old.Money.Amount(2m, "EUR");
                }
            }
            """;

        // The old record struct had == and !=; legacy code that uses them must still compile (and mean the same).
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile();
        System.Type uses = result.Load().GetType("Legacy.Callers.Uses", throwOnError: true)!;
        Assert.True((bool)uses.GetMethod("Equal")!.Invoke(null, null)!);
        Assert.True((bool)uses.GetMethod("NotEqual")!.Invoke(null, null)!);
    }

    [Fact]
    public void Abstract_class_gets_an_abstract_subclass()
    {
        const string canonical = """
            using Ssot;

            namespace New.Jobs;

            [Canonical("Old.Jobs.JobBase")]
            public abstract class Job
            {
                protected Job(string name) { Name = name; }

                internal Job() : this("internal") { }

                public string Name { get; }

                public abstract int Execute();

                protected virtual void OnCompleted() { }
            }
            """;
        const string legacy = """
            namespace Legacy.Callers
            {
                public sealed class Cleanup : /*!*/Old.Jobs.JobBase
                {
                    public Cleanup() : base("cleanup") { }

                    public override int Execute() => 1;

                    protected override void OnCompleted() { }
                }

                public static class Uses
                {
                    public static int Run()
                    {
                        /*!*/Old.Jobs.JobBase job = new Cleanup();
                        New.Jobs.Job canonical = job;
                        return job.Execute() + canonical.Name.Length;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots("Shape.AbstractSubclass", ["Ssot.Aliases.g.cs", "Ssot.Shim.Old.Jobs.JobBase.g.cs"]);
        Assert.Contains("public abstract class JobBase : global::New.Jobs.Job", result.Source("Ssot.Shim.Old.Jobs.JobBase.g.cs"), System.StringComparison.Ordinal);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", legacy, 1, "Old.Jobs.JobBase");
        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void Unsealed_class_with_opt_in_subclass_mirrors_every_constructor_a_derived_class_can_call()
    {
        const string canonical = """
            using System;
            using Ssot;

            namespace New.Net;

            [Canonical("Old.Net.Connection", Shim = ShimKind.Subclass)]
            public class Connection
            {
                public Connection() { }

                public Connection(string host, int port = 80) { Host = host + ":" + port; }

                protected Connection(Uri uri) { Host = uri.Host; }

                internal Connection(int handle) { Host = "#" + handle; }

                protected internal Connection(long id) { Host = "id" + id; }

                private protected Connection(short kind) { Host = "kind" + kind; }

                private Connection(byte secret) { Host = "secret" + secret; }

                public string Host { get; } = "";

                public virtual string Describe() => Host;
            }
            """;
        const string legacy = """
            namespace Legacy.Callers
            {
                public sealed class SecureConnection : /*!*/Old.Net.Connection
                {
                    public SecureConnection() : base(new System.Uri("https://example.com")) { }

                    public SecureConnection(int handle) : base(handle) { }

                    public SecureConnection(long id) : base(id) { }

                    public SecureConnection(short kind) : base(kind) { }

                    public override string Describe() => "secure " + base.Describe();
                }

                public static class Uses
                {
                    public static string Run()
                    {
                        /*!*/Old.Net.Connection plain = new /*!*/Old.Net.Connection("host", 8080);
                        New.Net.Connection canonical = plain;
                        return plain.Describe() + canonical.Host + new SecureConnection().Describe();
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots("Shape.OptInSubclass", ["Ssot.Aliases.g.cs", "Ssot.Registrations.g.cs", "Ssot.Shim.Old.Net.Connection.g.cs"]);
        string shim = result.Source("Ssot.Shim.Old.Net.Connection.g.cs");
        Assert.DoesNotContain("byte", shim, System.StringComparison.Ordinal);
        Assert.DoesNotContain("sealed", shim, System.StringComparison.Ordinal);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", legacy, 1, "Old.Net.Connection");
        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void Static_class_gets_a_static_forwarder_with_extension_methods_and_constants()
    {
        const string canonical = """
            using System;
            using System.Collections.Generic;
            using Ssot;

            namespace New.Text;

            [Canonical("Old.Text.StringHelpers")]
            public static class TextUtilities
            {
                public const int MaxLength = 256;

                public const string Separator = ", ";

                public static readonly string NewLine = "\n";

                public static int Counter;

                public static event EventHandler? Changed;

                public static int Calls { get; private set; }

                public static string Shout(this string text) => text.ToUpperInvariant();

                public static T FirstOr<T>(this IEnumerable<T> items, T fallback)
                {
                    foreach (T item in items)
                    {
                        return item;
                    }

                    return fallback;
                }

                public static bool TryParse(string text, out int value) => int.TryParse(text, out value);

                public static string Join(string separator = Separator, params string[] parts) => string.Join(separator, parts);

                internal static int Internal() => Calls++;

                public static void Raise() => Changed?.Invoke(null, EventArgs.Empty);
            }
            """;
        const string legacy = """
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static string Run()
                    {
                        string shouted = /*!*/Old.Text.StringHelpers.Shout("a");
                        int max = /*!*/Old.Text.StringHelpers.MaxLength;
                        /*!*/Old.Text.StringHelpers.Counter = max;
                        /*!*/Old.Text.StringHelpers.TryParse("1", out int parsed);
                        return shouted + /*!*/Old.Text.StringHelpers.Join(parts: new[] { "x", "y" }) + parsed + /*!*/Old.Text.StringHelpers.Separator;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots("Shape.StaticForwarder", ["Ssot.Aliases.g.cs", "Ssot.Shim.Old.Text.StringHelpers.g.cs"]);
        string shim = result.Source("Ssot.Shim.Old.Text.StringHelpers.g.cs");
        Assert.Contains("public static class StringHelpers", shim, System.StringComparison.Ordinal);
        Assert.Contains("this string text", shim, System.StringComparison.Ordinal);
        Assert.Contains("public const int MaxLength = global::New.Text.TextUtilities.MaxLength;", shim, System.StringComparison.Ordinal);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", legacy, 1, "Old.Text.StringHelpers");

        // The mutable static field is forwarded as a property: old binaries that read the field are told about.
        Assert.Equal(["SSOT1014 Counter"], result.AnalyzerDiagnostics.Select(d => d.Id + " " + d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)));
    }

    private const string ExtensionCanonical = """
        using Ssot;

        namespace New.Text
        {
            [Canonical("Old.Text.StringHelpers")]
            public static class TextUtilities
            {
                public static string Shout(this string text) => text.ToUpperInvariant();
            }
        }
        """;

    [Fact]
    public void Static_forwarder_extension_call_through_the_legacy_namespace_is_reported()
    {
        const string legacy = """
            using Old.Text;

            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static string Run() => "a".Shout();
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(ExtensionCanonical, legacy)).ShouldCompile("SSOT0001", "SSOT0002");

        // The call binds to the shim's extension method: a legacy reference like any other, so it must be reported once.
        string reported = Assert.Single(result.DiagnosticsWithId("SSOT0001"));
        Assert.StartsWith("SSOT0001 Warning Source1.cs(7,", reported, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Static_forwarder_extension_methods_are_plain_methods_where_legacy_and_canonical_share_a_namespace()
    {
        // One namespace holds both: every file that imports it sees both classes, so a second extension method would
        // make every call ambiguous (CS0121). The canonical extension method serves the old calls unchanged.
        const string sameNamespace = """
            using Ssot;

            namespace Shared.Text
            {
                [Canonical("Shared.Text.StringHelpers")]
                public static class TextUtilities
                {
                    public static string Shout(this string text) => text.ToUpperInvariant();
                }
            }
            """;
        const string caller = """
            using Shared.Text;

            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static string Run() => "a".Shout() + TextUtilities.Shout("b");
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(sameNamespace, caller)).ShouldCompile();

        Assert.DoesNotContain("this string", result.Source("Ssot.Shim.Shared.Text.StringHelpers.g.cs"), System.StringComparison.Ordinal);
        Assert.Empty(result.DiagnosticsWithId("SSOT0001"));
    }

    [Fact]
    public void Where_both_namespaces_are_imported_the_legacy_using_is_reported_as_the_way_out_of_the_ambiguity()
    {
        // With different namespaces the forwarder keeps 'this' so that files importing only the old one still compile;
        // a file importing both is ambiguous until the legacy using goes, which SSOT0002 (and its fix) point at.
        const string both = """
            using New.Text;
            using Old.Text;

            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static string Run() => "a".Shout();
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(ExtensionCanonical, both));

        string legacyUsing = Assert.Single(result.DiagnosticsWithId("SSOT0002"));
        Assert.Contains("[using Old.Text;]", legacyUsing, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Interface_gets_a_derived_interface_that_keeps_variance_and_constraints()
    {
        const string canonical = """
            using Ssot;

            namespace New.Data;

            [Canonical("Old.Data.IReader`1")]
            public interface ISource<out T> where T : class
            {
                T Read();
            }
            """;
        const string legacy = """
            namespace Legacy.Callers
            {
                public sealed class TextReader : /*!*/Old.Data.IReader<string>
                {
                    public string Read() => "text";
                }

                public static class Uses
                {
                    public static object Run()
                    {
                        /*!*/Old.Data.IReader<string> reader = new TextReader();
                        New.Data.ISource<object> covariant = reader;
                        /*!*/Old.Data.IReader<object> legacyCovariant = reader;
                        return covariant.Read() + legacyCovariant.Read().ToString();
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots("Shape.DerivedInterface", ["Ssot.Shim.Old.Data.IReader_1.g.cs"]);
        Assert.Contains(
            "public interface IReader<out T> : global::New.Data.ISource<T> where T : class",
            result.Source("Ssot.Shim.Old.Data.IReader_1.g.cs"),
            System.StringComparison.Ordinal);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", legacy, 1, "Old.Data.IReader<");
        string skipped = Assert.Single(result.DiagnosticsWithId("SSOT2002"));
        Assert.Contains("[\"Old.Data.IReader`1\"]", skipped, System.StringComparison.Ordinal);
        Assert.Single(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void Generic_class_gets_a_generic_facade_and_no_alias()
    {
        const string canonical = """
            using System;
            using System.Collections.Generic;
            using Ssot;

            namespace New;

            [Canonical("Old.Repo`1")]
            public class Repository<T> where T : class
            {
                private readonly List<T> _items = new();

                public Repository() { }

                public Repository(IEnumerable<T> seed) { _items.AddRange(seed); }

                public int Count => _items.Count;

                public IReadOnlyList<T> Items => _items;

                public void Add(T item) => _items.Add(item);

                public T? Find(Func<T, bool> predicate) => _items.Find(i => predicate(i));

                public TResult Map<TResult>(Func<T, TResult> map) where TResult : struct => map(_items[0]);
            }
            """;
        const string legacy = """
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static int Run()
                    {
                        /*!*/Old.Repo<string> repo = new /*!*/Old.Repo<string>(new[] { "a" });
                        repo.Add("b");
                        New.Repository<string> canonical = repo;
                        return canonical.Count + repo.Map(s => s.Length) + (repo.Find(s => s == "a") ?? "").Length;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots("Shape.GenericFacade", ["Ssot.Shim.Old.Repo_1.g.cs"]);
        Assert.Contains("public sealed class Repo<T> where T : class", result.Source("Ssot.Shim.Old.Repo_1.g.cs"), System.StringComparison.Ordinal);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", legacy, 1, "Old.Repo<string>");
        string skipped = Assert.Single(result.DiagnosticsWithId("SSOT2002"));
        Assert.Contains("[\"Old.Repo`1\"]", skipped, System.StringComparison.Ordinal);
        Assert.Single(result.AnalyzerDiagnostics);
    }

    private const string NestedCanonical = """
        using Ssot;

        namespace New
        {
            [Canonical("Old.Outer+Inner")]
            public sealed class Modern
            {
                public int Value => 42;
            }
        }
        """;

    private const string NestedLegacy = """
        namespace Legacy.Callers
        {
            public static class Uses
            {
                public static int Run()
                {
                    /*!*/Old.Outer.Inner inner = new /*!*/Old.Outer.Inner();
                    New.Modern canonical = inner;
                    return inner.Value + canonical.Value;
                }
            }
        }
        """;

    [Fact]
    public void Nested_legacy_name_without_its_outer_type_gets_a_static_holder()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(NestedCanonical, NestedLegacy)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots("Shape.NestedNewOuter", ["Ssot.Registrations.g.cs", "Ssot.Shim.Old.Outer.Inner.g.cs"]);
        Assert.Contains("public static partial class Outer", result.Source("Ssot.Shim.Old.Outer.Inner.g.cs"), System.StringComparison.Ordinal);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", NestedLegacy, 1, "Old.Outer.Inner");
        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void Nested_legacy_name_in_an_existing_partial_class_is_added_to_it()
    {
        const string outer = """
            namespace Old
            {
                public partial class Outer
                {
                    public int Kept => 1;
                }
            }
            """;
        const string keptCaller = """
            namespace Legacy.Callers
            {
                public static class StillFine
                {
                    public static int Run() => new Old.Outer().Kept;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(NestedCanonical, NestedLegacy, outer, keptCaller)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots("Shape.NestedExistingOuter", ["Ssot.Registrations.g.cs", "Ssot.Shim.Old.Outer.Inner.g.cs"]);
        string shim = result.Source("Ssot.Shim.Old.Outer.Inner.g.cs");
        Assert.Contains("partial class Outer", shim, System.StringComparison.Ordinal);
        Assert.DoesNotContain("static partial class Outer", shim, System.StringComparison.Ordinal);
        result.ShouldBeReportedAtMarkers("SSOT0001", "Warning", NestedLegacy, 1, "Old.Outer.Inner");
        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void Shim_none_generates_no_shim_and_legacy_names_no_longer_exist()
    {
        const string canonical = """
            using Ssot;

            namespace New.Retired;

            [Canonical("Old.Retired.Gone", Shim = ShimKind.None)]
            public sealed class Present
            {
                public int Value => 7;
            }
            """;
        const string viaAlias = """
            using Old.Retired;

            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static int Run() => new Gone().Value;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical)).ShouldCompile();
        result.ShouldAllMatchSnapshots("Shape.None", ["Ssot.Aliases.g.cs", "Ssot.Registrations.g.cs"]);
        Assert.DoesNotContain("Gone", result.Source("Ssot.Registrations.g.cs"), System.StringComparison.Ordinal);
        Assert.Empty(result.AnalyzerDiagnostics);

        // The fully qualified legacy name is gone (retirement); only the simple name lives on through the alias.
        GeneratorResult qualified = GeneratorRunner.Run(new TestCompilation().Create(canonical, "class C { object M() => new Old.Retired.Gone(); }"));
        Assert.Contains(qualified.CompilerDiagnostics, d => d.Id is "CS0234" or "CS0246" && d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(qualified.DiagnosticsWithId("SSOT0001"));

        // 'using Old.Retired;' names a namespace that no longer exists (CS0246) even though 'Gone' binds to the alias.
        GeneratorResult simple = GeneratorRunner.Run(new TestCompilation().Create(canonical, viaAlias));
        Assert.Equal(["CS0246"], simple.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct());
    }

    private const string CustomObsoleteCanonical = """
        using Ssot;

        namespace New.Mail;

        [Canonical(
            "Old.Mail.Mailer",
            Message = "Mailer is gone: use New.Mail.MailService (see the migration guide).",
            DiagnosticId = "MAIL042",
            UrlFormat = "https://example.com/diagnostics/{0}",
            Error = true)]
        public sealed class MailService
        {
            public int Send(string to) => to.Length;
        }
        """;

    [Fact]
    public void Custom_obsolete_settings_reach_the_shim_and_errors_keep_the_legacy_name_out_of_the_registration()
    {
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(CustomObsoleteCanonical)).ShouldCompile();

        result.ShouldAllMatchSnapshots("Shape.CustomObsolete", ["Ssot.Aliases.g.cs", "Ssot.Registrations.g.cs", "Ssot.Shim.Old.Mail.Mailer.g.cs"]);
        Assert.Contains(
            "[global::System.Obsolete(\"Mailer is gone: use New.Mail.MailService (see the migration guide).\", true, DiagnosticId = \"MAIL042\", UrlFormat = \"https://example.com/diagnostics/{0}\")]",
            result.Source("Ssot.Shim.Old.Mail.Mailer.g.cs"),
            System.StringComparison.Ordinal);

        // A registration that named the legacy type would itself be an error once legacy references are errors.
        string registrations = result.Source("Ssot.Registrations.g.cs");
        Assert.DoesNotContain("Old.Mail", registrations, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Mailer", registrations, System.StringComparison.Ordinal);
        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void Error_true_makes_every_legacy_reference_an_error_under_the_custom_id_with_its_help_link()
    {
        const string legacy = """
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static int Run()
                    {
                        /*!*/Old.Mail.Mailer mailer = new /*!*/Old.Mail.Mailer();
                        return mailer.Send("someone") + typeof(/*!*/Old.Mail.Mailer).Name.Length;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(CustomObsoleteCanonical, legacy));

        result.ShouldBeReportedAtMarkers("MAIL042", "Error", legacy, 1, "Old.Mail.Mailer");
        Assert.All(
            result.CompilerDiagnostics.Where(d => d.Id == "MAIL042"),
            d =>
            {
                Assert.Equal("https://example.com/diagnostics/MAIL042", d.Descriptor.HelpLinkUri);
                Assert.Contains("Mailer is gone: use New.Mail.MailService", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            });
        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "MAIL042"));
        Assert.Empty(result.DiagnosticsWithId("SSOT0001"));
    }

    [Fact]
    public void Several_legacy_names_each_get_a_shim_an_alias_and_a_registration()
    {
        const string canonical = """
            using System;
            using Ssot;

            namespace New.Caching;

            [Canonical("Old.Caching.Cache", "Legacy.Storage.MemoryStore", "Old.Caching.CacheHolder+Store")]
            public sealed class UnifiedCache : IDisposable
            {
                public int Count { get; private set; }

                public void Put(string key) => Count++;

                public void Dispose() { }
            }
            """;
        const string legacy = """
            namespace Legacy.Callers
            {
                public static class Uses
                {
                    public static int Run()
                    {
                        /*!*/Old.Caching.Cache cache = new /*!*/Old.Caching.Cache();
                        /*!*/Legacy.Storage.MemoryStore store = new /*!*/Legacy.Storage.MemoryStore();
                        /*!*/Old.Caching.CacheHolder.Store nested = new /*!*/Old.Caching.CacheHolder.Store();
                        cache.Put("a");
                        store.Put("b");
                        nested.Put("c");
                        New.Caching.UnifiedCache a = cache, b = store, c = nested;
                        return a.Count + b.Count + c.Count;
                    }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, legacy)).ShouldCompile("SSOT0001");

        result.ShouldAllMatchSnapshots(
            "Shape.SeveralNames",
            [
                "Ssot.Aliases.g.cs",
                "Ssot.Registrations.g.cs",
                "Ssot.Shim.Old.Caching.Cache.g.cs",
                "Ssot.Shim.Legacy.Storage.MemoryStore.g.cs",
                "Ssot.Shim.Old.Caching.CacheHolder.Store.g.cs",
            ]);
        Assert.Equal(
            [
                "global using Cache = global::New.Caching.UnifiedCache;",
                "global using MemoryStore = global::New.Caching.UnifiedCache;",
            ],
            result.Source("Ssot.Aliases.g.cs").Split('\n').Where(l => l.StartsWith("global using", System.StringComparison.Ordinal)).OrderBy(l => l, System.StringComparer.Ordinal));
        string registrations = result.Source("Ssot.Registrations.g.cs");
        Assert.Contains("typeof(global::Old.Caching.Cache)", registrations, System.StringComparison.Ordinal);
        Assert.Contains("typeof(global::Legacy.Storage.MemoryStore)", registrations, System.StringComparison.Ordinal);
        Assert.Contains("typeof(global::Old.Caching.CacheHolder.Store)", registrations, System.StringComparison.Ordinal);

        IReadOnlyList<string> reported = result.DiagnosticsWithId("SSOT0001");
        Assert.Equal(6, reported.Count);
        Assert.Equal(2, reported.Count(d => d.Contains("'Old.Caching.Cache' was consolidated", System.StringComparison.Ordinal)));
        Assert.Equal(2, reported.Count(d => d.Contains("'Legacy.Storage.MemoryStore' was consolidated", System.StringComparison.Ordinal)));
        Assert.Equal(2, reported.Count(d => d.Contains("'Old.Caching.CacheHolder.Store' was consolidated", System.StringComparison.Ordinal)));
        Assert.Equal(
            LegacyReferences.ExpectedLocations(legacy, 1).OrderBy(l => l, System.StringComparer.Ordinal),
            reported.Select(d => d.Split(' ')[2]).OrderBy(l => l, System.StringComparer.Ordinal));
        Assert.Empty(result.AnalyzerDiagnostics);
    }
}
