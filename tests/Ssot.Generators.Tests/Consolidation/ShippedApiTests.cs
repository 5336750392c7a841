using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Ssot.Generators.Analysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>
/// SSOT1021: where a project tracks its API with PublicApiAnalyzers, each shipped entry of a legacy type that the
/// generated shim does not provide is reported at its line of PublicAPI.Shipped.txt, before a release breaks the
/// binaries compiled against it.
/// </summary>
public sealed class ShippedApiTests
{
    private const string Shipped = "/0/PublicAPI.Shipped.txt";
    private const string Unshipped = "/0/PublicAPI.Unshipped.txt";

    private const string Widget = """
        using System;
        using Ssot;

        namespace New.Ns
        {
            [Canonical("Old.Ns.Widget")]
            public sealed class Widget2
            {
                public const int Max = 5;

                public Widget2() { }

                public Widget2(string name, int capacity = 4) { }

                public int Count { get; set; }

                public string? Name { get; init; }

                public string this[int index] => "";

                public event EventHandler? Changed;

                public void Send(string text) { }

                public T Echo<T>(T value) => value;

                public static Widget2 Make() => new();

                public Widget2 Merge(Widget2 other) => this;

                [LegacyName("SendMessage")]
                public void Post(string message) { }

                public override string ToString() => "widget";

                private void Raise() => Changed?.Invoke(this, EventArgs.Empty);
            }
        }
        """;

    [Fact]
    public async Task Every_entry_the_facade_provides_is_quiet()
    {
        await VerifyAsync(Widget, """
            #nullable enable
            const Old.Ns.Widget.Max = 5 -> int
            Old.Ns.Widget
            Old.Ns.Widget.Widget() -> void
            Old.Ns.Widget.Widget(string! name, int capacity = 4) -> void
            Old.Ns.Widget.Count.get -> int
            Old.Ns.Widget.Count.set -> void
            Old.Ns.Widget.Name.get -> string?
            Old.Ns.Widget.Name.init -> void
            Old.Ns.Widget.this[int index].get -> string!
            Old.Ns.Widget.Changed -> System.EventHandler?
            Old.Ns.Widget.Send(string! text) -> void
            Old.Ns.Widget.Echo<TValue>(TValue value) -> TValue
            static Old.Ns.Widget.Make() -> Old.Ns.Widget!
            Old.Ns.Widget.Merge(Old.Ns.Widget! other) -> Old.Ns.Widget!
            override Old.Ns.Widget.ToString() -> string!
            Old.Ns.Widget.SendMessage(string! message) -> void
            """);
    }

    [Fact]
    public async Task A_member_the_canonical_type_dropped_is_reported_at_its_line()
    {
        await VerifyAsync(Widget, """
            #nullable enable
            Old.Ns.Widget
            Old.Ns.Widget.Send(string! text) -> void
            {|#0:Old.Ns.Widget.Close() -> void|}
            {|#1:Old.Ns.Widget.Send(int count) -> void|}
            """,
            Reported(0, "Old.Ns.Widget.Close() -> void", "Old.Ns.Widget", "'New.Ns.Widget2' has no member 'Close'; binaries compiled against it fail with MissingMethodException; add it, or put [LegacyName(\"Close\")] on the member that replaced it"),
            Reported(1, "Old.Ns.Widget.Send(int count) -> void", "Old.Ns.Widget", "the shim has 'Send(string! text) -> void' under that name, not the shipped signature; binaries compiled against it fail with MissingMethodException; keep an overload with the shipped signature on 'New.Ns.Widget2'"));
    }

    [Fact]
    public async Task A_removed_line_in_the_unshipped_file_takes_the_shipped_entry_out()
    {
        await new ShippedApiVerifier(
            Widget,
            (Shipped, "#nullable enable\nOld.Ns.Widget\nOld.Ns.Widget.Close() -> void\n{|#0:Old.Ns.Widget.Open() -> void|}\n"),
            (Unshipped, "#nullable enable\n*REMOVED*Old.Ns.Widget.Close() -> void\nOld.Ns.Widget.Close() -> void\n"))
        {
            ExpectedDiagnostics = { Reported(0) },
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Oblivious_lines_comments_and_blank_lines_are_read_as_the_tool_writes_them()
    {
        await VerifyAsync(Widget, """
            #nullable enable
            // Version 1.0

            ~Old.Ns.Widget.Send(string text) -> void
            ~Old.Ns.Widget.Widget(string name, int capacity = 4) -> void
            ~static Old.Ns.Widget.Make() -> Old.Ns.Widget
              {|#0:~Old.Ns.Widget.Send(string text, int count) -> void|}
            """, Reported(0));
    }

    [Fact]
    public async Task Per_target_files_are_read_in_any_folder()
    {
        await new ShippedApiVerifier(
            Widget,
            ("/0/PublicAPI/net10.0/PublicAPI.Shipped.txt", "#nullable enable\nOld.Ns.Widget.Send(string! text) -> void\n{|#0:Old.Ns.Widget.Open() -> void|}\n"),
            ("/0/PublicAPI.Shipped.netstandard2.0.txt", "{|#1:Old.Ns.Widget.Open() -> void|}\n"),
            ("/0/PublicAPI.Shipped.txt.bak", "Old.Ns.Widget.Open() -> void\n"),
            ("/0/NotPublicAPI.Shipped.txt", "Old.Ns.Widget.Open() -> void\n"))
        {
            ExpectedDiagnostics =
            {
                Reported(0),
                Reported(1),
            },
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Static_property_event_and_constructor_entries_must_match_in_kind()
    {
        await VerifyAsync(Widget, """
            #nullable enable
            {|#0:static Old.Ns.Widget.Send(string! text) -> void|}
            {|#1:Old.Ns.Widget.Make() -> Old.Ns.Widget!|}
            {|#2:Old.Ns.Widget.Name.set -> void|}
            {|#3:Old.Ns.Widget.Closed -> System.EventHandler?|}
            {|#4:Old.Ns.Widget.Widget(int size) -> void|}
            {|#5:static Old.Ns.Widget.Count.get -> int|}
            Old.Ns.Widget.Changed -> System.EventHandler!
            """,
            Reported(0, "static Old.Ns.Widget.Send(string! text) -> void", "Old.Ns.Widget", "the shim has 'Send(string! text) -> void' under that name, not the shipped signature; binaries compiled against it fail with MissingMethodException; keep an overload with the shipped signature on 'New.Ns.Widget2'"),
            Reported(1),
            Reported(2),
            Reported(3, "Old.Ns.Widget.Closed -> System.EventHandler?", "Old.Ns.Widget", "'New.Ns.Widget2' has no member 'Closed'; binaries compiled against it fail with MissingFieldException (MissingMethodException for an event); add it, or put [LegacyName(\"Closed\")] on the member that replaced it"),
            Reported(4, "Old.Ns.Widget.Widget(int size) -> void", "Old.Ns.Widget", "the shim has 'Widget() -> void', 'Widget(string! name, int capacity = 4) -> void' under that name, not the shipped signature; binaries compiled against it fail with MissingMethodException; keep an overload with the shipped signature on 'New.Ns.Widget2'"),
            Reported(5));
    }

    [Fact]
    public async Task Entries_of_types_that_are_not_legacy_names_are_ignored()
    {
        await VerifyAsync(Widget, """
            #nullable enable
            Other.Ns.Thing
            Other.Ns.Thing.Gone() -> void
            Old.Ns.WidgetFactory.Make() -> Old.Ns.Widget!
            Old.Ns.Widget2.Gone() -> void
            New.Ns.Widget2.Gone() -> void
            Old.Ns
            """);
    }

    [Fact]
    public async Task A_legacy_name_without_a_shim_is_reported_once_at_its_type_entry()
    {
        string source = Widget.Replace("[Canonical(\"Old.Ns.Widget\")]", "[Canonical(\"Old.Ns.Widget\", Shim = ShimKind.None)]");
        await VerifyAsync(source, """
            #nullable enable
            Old.Ns.Widget.Send(string! text) -> void
            {|#0:Old.Ns.Widget|}
            Old.Ns.Widget.Close() -> void
            """, Reported(0, "Old.Ns.Widget", "Old.Ns.Widget", "'New.Ns.Widget2' sets Shim = ShimKind.None, which generates no shim, so binaries compiled against it fail with TypeLoadException; keep a shim until those binaries are rebuilt"));
    }

    [Fact]
    public async Task A_usage_error_that_skips_the_shim_is_named()
    {
        string source = Widget.Replace("[Canonical(\"Old.Ns.Widget\")]", "[Canonical(\"Old.Ns.Widget\", DiagnosticId = \"not an id\")]");
        await VerifyAsync(source, "{|#0:Old.Ns.Widget|}\nOld.Ns.Widget.Send(string! text) -> void\n", Reported(0, "Old.Ns.Widget", "Old.Ns.Widget", "no shim is generated, because the [Canonical] attribute of 'New.Ns.Widget2' has an error (SSOT1012), so binaries compiled against it fail with TypeLoadException"));
    }

    [Fact]
    public async Task A_member_the_facade_cannot_forward_names_SSOT1014()
    {
        string source = Widget.Replace("public const int Max = 5;", "public const int Max = 5;\n        public int Total;");
        await VerifyAsync(source, "{|#0:Old.Ns.Widget.Total -> int|}\n", Reported(0, "Old.Ns.Widget.Total -> int", "Old.Ns.Widget", "the shim cannot forward 'New.Ns.Widget2.Total' (SSOT1014 at the member says why); binaries compiled against it fail with MissingFieldException"));
    }

    [Fact]
    public async Task A_protected_member_a_facade_leaves_out_says_to_choose_the_subclass_shim()
    {
        string source = Widget.Replace("public sealed class Widget2", "public class Widget2").Replace("public int Count", "protected int Hidden() => 0;\n        public int Count");
        await VerifyAsync(source, "{|#0:Old.Ns.Widget.Hidden() -> int|}\nOld.Ns.Widget.Send(string! text) -> void\n", Reported(0, "Old.Ns.Widget.Hidden() -> int", "Old.Ns.Widget", "'New.Ns.Widget2.Hidden' is protected, and a facade is sealed: it forwards no protected member; binaries compiled against it fail with MissingMethodException; set Shim = ShimKind.Subclass, whose shim inherits it"));
    }

    [Fact]
    public async Task A_nested_type_of_the_old_type_is_reported_once_and_its_members_not_at_all()
    {
        string source = Widget.Replace("public const int Max = 5;", "public const int Max = 5;\n        public sealed class Options { public int Size { get; set; } }");
        await VerifyAsync(
            source,
            """
            {|#0:Old.Ns.Widget.Options|}
            Old.Ns.Widget.Options.Options() -> void
            Old.Ns.Widget.Options.Size.get -> int
            """,
            Reported(0, "Old.Ns.Widget.Options", "Old.Ns.Widget", "the shim declares no nested type 'Options', so binaries compiled against it fail with TypeLoadException; 'New.Ns.Widget2.Options' is not forwarded by the shim"));
    }

    [Fact]
    public async Task A_subclass_shim_provides_what_it_inherits_except_fields()
    {
        await VerifyAsync("""
            namespace New.Ns
            {
                [Ssot.Canonical("Old.Ns.Handler")]
                public abstract class Handler2
                {
                    public int Total;
                    protected Handler2() { }
                    public abstract void Handle(string text);
                    public virtual int Count => 0;
                    public static Handler2? Current => null;
                }
            }
            """, """
            #nullable enable
            Old.Ns.Handler
            Old.Ns.Handler.Handler() -> void
            abstract Old.Ns.Handler.Handle(string! text) -> void
            virtual Old.Ns.Handler.Count.get -> int
            {|#0:Old.Ns.Handler.Total -> int|}
            """, Reported(0));
    }

    [Fact]
    public async Task An_interface_shim_provides_no_member_an_old_binary_calls()
    {
        await VerifyAsync("""
            namespace New.Ns
            {
                [Ssot.Canonical("Old.Ns.IBroadcaster")]
                public interface IMessageBroadcaster
                {
                    string Broadcast(string message);
                }
            }
            """, """
            #nullable enable
            Old.Ns.IBroadcaster
            {|#0:Old.Ns.IBroadcaster.Broadcast(string! message) -> string!|}
            """, Reported(0, "Old.Ns.IBroadcaster.Broadcast(string! message) -> string!", "Old.Ns.IBroadcaster", "the interface shim inherits it from 'New.Ns.IMessageBroadcaster', but the runtime does not look for an interface's members in its base interfaces; binaries compiled against it fail with MissingMethodException; rebuild them against the new assembly"));
    }

    [Fact]
    public async Task A_nested_legacy_name_owns_its_entries_and_its_outer_type_does_not()
    {
        await VerifyAsync("""
            namespace Old.Ns
            {
                public partial class Outer
                {
                    public void Other() { }
                }
            }

            namespace New.Ns
            {
                [Ssot.Canonical("Old.Ns.Outer+Inner")]
                public sealed class Inner2
                {
                    public void Run() { }
                }
            }
            """, """
            #nullable enable
            Old.Ns.Outer
            Old.Ns.Outer.Outer() -> void
            Old.Ns.Outer.Other() -> void
            Old.Ns.Outer.Inner
            Old.Ns.Outer.Inner.Run() -> void
            {|#0:Old.Ns.Outer.Inner.Stop() -> void|}
            """, Reported(0));
    }

    [Fact]
    public async Task A_generic_legacy_type_matches_whatever_its_type_parameters_were_called()
    {
        await VerifyAsync("""
            namespace New.Ns
            {
                [Ssot.Canonical("Old.Ns.Repo`1")]
                public sealed class Repository<TItem>
                {
                    public TItem Get(int id) => default!;
                    public void Put<TKey>(TKey key, TItem item) { }
                }
            }
            """, """
            #nullable enable
            Old.Ns.Repo<T>
            Old.Ns.Repo<T>.Get(int id) -> T
            Old.Ns.Repo<T>.Put<K>(K key, T item) -> void
            {|#0:Old.Ns.Repo<T>.Put<K>(T item, K key) -> void|}
            """, Reported(0));
    }

    [Fact]
    public async Task A_static_forwarder_provides_the_static_members()
    {
        await VerifyAsync("""
            namespace New.Ns
            {
                [Ssot.Canonical("Old.Ns.Helpers")]
                public static class Helpers2
                {
                    public const string Name = "h";
                    public static int Twice(int value) => value * 2;
                    public static string Label { get; set; } = "";
                }
            }
            """, """
            #nullable enable
            Old.Ns.Helpers
            const Old.Ns.Helpers.Name = "h" -> string!
            static Old.Ns.Helpers.Twice(int value) -> int
            static Old.Ns.Helpers.Label.get -> string!
            static Old.Ns.Helpers.Label.set -> void
            {|#0:Old.Ns.Helpers.Twice(int value) -> int|}
            """, Reported(0));
    }

    [Fact]
    public async Task A_struct_facade_provides_its_constructors_and_members()
    {
        await VerifyAsync("""
            namespace New.Ns
            {
                [Ssot.Canonical("Old.Ns.Point")]
                public readonly struct Point2
                {
                    public Point2(int x) { X = x; }
                    public int X { get; }
                    public Point2 Move(int by) => new(X + by);
                }
            }
            """, """
            #nullable enable
            Old.Ns.Point
            Old.Ns.Point.Point() -> void
            Old.Ns.Point.Point(int x) -> void
            Old.Ns.Point.X.get -> int
            readonly Old.Ns.Point.Move(int by) -> Old.Ns.Point
            {|#0:Old.Ns.Point.Y.get -> int|}
            """, Reported(0));
    }

    [Fact]
    public async Task Without_a_shipped_API_file_the_analyzer_registers_nothing()
    {
        Compilation compilation = GeneratorRunner.Run(Widget).Output;

        async Task<Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo> TelemetryWith(params AdditionalText[] files)
        {
            var analyzer = new ShippedApiAnalyzer();
            CompilationWithAnalyzers run = compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray.Create(files)), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            await run.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return await run.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        }

        var without = await TelemetryWith(new TestAdditionalText("/p/PublicAPI.Unshipped.txt", "Old.Ns.Widget.Close() -> void"));
        var with = await TelemetryWith(new TestAdditionalText("/p/PublicAPI.Shipped.txt", "Old.Ns.Widget.Close() -> void"));

        Assert.Equal(0, without.SymbolActionsCount + without.CompilationEndActionsCount);
        Assert.Equal(1, with.SymbolActionsCount);
        Assert.Equal(1, with.CompilationEndActionsCount);
    }

    /// <summary>Runs the analyzer over <paramref name="source"/> with one PublicAPI.Shipped.txt, expecting exactly <paramref name="expected"/>.</summary>
    private static Task VerifyAsync(string source, string shipped, params DiagnosticResult[] expected)
    {
        var test = new ShippedApiVerifier(source, (Shipped, shipped));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>SSOT1021 at the markup location; with the entry, the legacy type and the reason when they are given.</summary>
    private static DiagnosticResult Reported(int location, params string[] arguments)
    {
        DiagnosticResult result = DiagnosticResult.CompilerWarning("SSOT1021").WithLocation(location);
        return arguments.Length == 0 ? result : result.WithArguments(arguments);
    }
}
