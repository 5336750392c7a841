using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Reading;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>
/// SSOT1021 reads the files PublicApiAnalyzers writes: the real analyzer (from its package folder) declares the API of a
/// version-1 legacy class, every line it writes is read, and the canonical type that replaces the class with the same
/// members provides all of them through its generated shim.
/// </summary>
public sealed class ShippedApiAgreementTests
{
    private const string Members = """
            public const int Max = 5;
            public static readonly string DefaultName = "w";
            public NAME() { }
            public NAME(string name, int capacity = 4) { }
            public int Count { get; set; }
            public string? Name { get; init; }
            public string this[int index] => "";
            public event System.EventHandler? Changed;
            public void Send(string text) { }
            public void Send(string text, params object[] args) { }
            public bool TryGet(int key, out string? value) { value = null; return false; }
            public void Swap(ref int a, in int b) { }
            public T Echo<T>(T value) where T : class => value;
            public static NAME Make() => new();
            public NAME Merge(NAME other) => this;
            public System.Collections.Generic.Dictionary<string, int?> Lookup((int Id, string? Label) pair, System.Collections.Generic.List<string> names) => new();
            public override string ToString() => "w";
            public static NAME operator +(NAME a, NAME b) => a;
            private void Raise() => Changed?.Invoke(this, System.EventArgs.Empty);
        #nullable disable
            public string Oblivious(string text) => text;
        #nullable enable
        """;

    private static readonly string Version1 = "#nullable enable\nnamespace Old.Ns\n{\n    public sealed class Widget\n    {\n" + Members.Replace("NAME", "Widget") + "\n    }\n}\n";

    private static readonly string Version2 = "#nullable enable\nnamespace New.Ns\n{\n    [Ssot.Canonical(\"Old.Ns.Widget\")]\n    public sealed class Widget2\n    {\n" + Members.Replace("NAME", "Widget2") + "\n    }\n}\n";

    [Fact]
    public async Task Every_line_PublicApiAnalyzers_writes_for_a_legacy_class_is_read_and_provided_by_its_shim()
    {
        IReadOnlyList<string> lines = await DeclaredApiAsync(Version1);

        // The lines cover what the class declares, in the tool's own spelling.
        Assert.Contains("Old.Ns.Widget", lines);
        Assert.Contains("Old.Ns.Widget.Count.get -> int", lines);
        Assert.Contains("static Old.Ns.Widget.Make() -> Old.Ns.Widget!", lines);
        Assert.Contains(lines, l => l.StartsWith("~Old.Ns.Widget.Oblivious(", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("const Old.Ns.Widget.Max = 5", StringComparison.Ordinal));

        // Each line is read as the type or one of its members.
        foreach (string line in lines)
        {
            PublicApiEntry? entry = PublicApiEntry.Parse(line);
            Assert.True(entry is not null, "not read: " + line);
            Assert.True(entry!.IsOf("Old.Ns.Widget", out string member, out IReadOnlyList<string> typeParameters), "not of the type: " + line);
            Assert.True(member.Length == 0 || PublicApiMember.Of(member, entry.Type, entry.IsStatic, "Widget", typeParameters) is not null, "member not read: " + line);
        }

        // The shim of the canonical type with the same members provides every line.
        string shipped = "#nullable enable\n" + string.Join("\n", lines) + "\n";
        await new ShippedApiVerifier(Version2, ("/0/PublicAPI.Shipped.txt", shipped)).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Lines_PublicApiAnalyzers_writes_for_members_the_shim_cannot_provide_are_reported()
    {
        // A member the canonical type lacks, and one whose generic argument named the old type: the facade forwards it
        // with the canonical type there (a List<Widget2> is no List<Widget>), so the shipped signature is gone.
        const string Table = "public int Table(System.Collections.Generic.List<NAME> all) => 0;";
        IReadOnlyList<string> lines = await DeclaredApiAsync(Version1.Replace("public void Swap(", "public void Close() { }\n        " + Table.Replace("NAME", "Widget") + "\n        public void Swap("));
        string close = Assert.Single(lines, l => l.Contains(".Close(", StringComparison.Ordinal));
        string table = Assert.Single(lines, l => l.Contains(".Table(", StringComparison.Ordinal));
        string shipped = "#nullable enable\n" + string.Join("\n", lines.Select(l => l == close ? "{|#0:" + l + "|}" : l == table ? "{|#1:" + l + "|}" : l)) + "\n";

        await new ShippedApiVerifier(Version2.Replace("public void Swap(", Table.Replace("NAME", "Widget2") + "\n        public void Swap("), ("/0/PublicAPI.Shipped.txt", shipped))
        {
            ExpectedDiagnostics =
            {
                Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("SSOT1021").WithLocation(0).WithArguments(close, "Old.Ns.Widget", "'New.Ns.Widget2' has no member 'Close'; binaries compiled against it fail with MissingMethodException; add it, or put [LegacyName(\"Close\")] on the member that replaced it"),
                Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("SSOT1021").WithLocation(1).WithArguments(table, "Old.Ns.Widget", "the shim has 'Table(System.Collections.Generic.List<New.Ns.Widget2!>! all) -> int' under that name, not the shipped signature; binaries compiled against it fail with MissingMethodException; keep an overload with the shipped signature on 'New.Ns.Widget2'"),
            },
        }.RunAsync(CancellationToken.None);
    }

    /// <summary>The API lines PublicApiAnalyzers asks to declare (RS0016) for a compilation with empty API files.</summary>
    private static async Task<IReadOnlyList<string>> DeclaredApiAsync(string source)
    {
        string folder = typeof(ShippedApiAgreementTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Package:Microsoft.CodeAnalysis.PublicApiAnalyzers").Value!;
        var reference = new AnalyzerFileReference(Path.Combine(folder, "analyzers", "dotnet", "Microsoft.CodeAnalysis.PublicApiAnalyzers.dll"), new FileLoader());
        ImmutableArray<DiagnosticAnalyzer> analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        Assert.NotEmpty(analyzers);

        Compilation compilation = new TestCompilation().Create(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var files = ImmutableArray.Create<AdditionalText>(new TestAdditionalText("/p/PublicAPI.Shipped.txt", "#nullable enable\n"), new TestAdditionalText("/p/PublicAPI.Unshipped.txt", "#nullable enable\n"));
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(analyzers, new AnalyzerOptions(files))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        List<string> lines = diagnostics.Where(d => d.Id == "RS0016").Select(d => d.Properties["APIName"]!).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(lines);
        return lines;
    }


    private sealed class FileLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
