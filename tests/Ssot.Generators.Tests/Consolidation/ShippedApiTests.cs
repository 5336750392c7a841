using System.Threading;
using System.Threading.Tasks;
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
        await new ShippedApiVerifier(Widget, (Shipped, """
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
            """)).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_member_the_canonical_type_dropped_is_reported_at_its_line()
    {
        await new ShippedApiVerifier(Widget, (Shipped, """
            #nullable enable
            Old.Ns.Widget
            Old.Ns.Widget.Send(string! text) -> void
            {|#0:Old.Ns.Widget.Close() -> void|}
            {|#1:Old.Ns.Widget.Send(int count) -> void|}
            """))
        {
            ExpectedDiagnostics =
            {
                Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("SSOT1021").WithLocation(0)
                    .WithArguments("Old.Ns.Widget.Close() -> void", "Old.Ns.Widget", "'New.Ns.Widget2' has no member 'Close'; binaries compiled against it fail with MissingMethodException; add it, or put [LegacyName(\"Close\")] on the member that replaced it"),
                Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("SSOT1021").WithLocation(1)
                    .WithArguments("Old.Ns.Widget.Send(int count) -> void", "Old.Ns.Widget", "the shim has 'Send(string! text) -> void' under that name, not the shipped signature; binaries compiled against it fail with MissingMethodException; keep an overload with the shipped signature on 'New.Ns.Widget2'"),
            },
        }.RunAsync(CancellationToken.None);
    }
}
