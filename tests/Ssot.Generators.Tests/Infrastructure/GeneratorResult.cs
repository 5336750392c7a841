using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>What one generator run produced, with assertions for the common checks.</summary>
public sealed class GeneratorResult
{
    public GeneratorResult(
        CSharpCompilation input,
        Compilation output,
        GeneratorDriverRunResult run,
        ImmutableArray<Diagnostic> analyzerDiagnostics,
        ImmutableArray<Diagnostic> buildDiagnostics)
    {
        BuildDiagnostics = buildDiagnostics.Where(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();
        Input = input;
        Output = output;
        Run = run;
        AnalyzerDiagnostics = analyzerDiagnostics;
    }

    public CSharpCompilation Input { get; }

    public Compilation Output { get; }

    public GeneratorDriverRunResult Run { get; }

    /// <summary>What a build shows: compiler and analyzer diagnostics after suppressions, hidden ones left out.</summary>
    public ImmutableArray<Diagnostic> BuildDiagnostics { get; }

    /// <summary>The diagnostics a build shows, as "ID Severity file(line,col) [text]: message" strings.</summary>
    public IReadOnlyList<string> BuildDiagnosticsWithId(string id) => BuildDiagnostics.Where(d => d.Id == id).Select(Describe).ToList();

    /// <summary>What the usage analyzer (the attribute's own diagnostics) reported on the output compilation.</summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics { get; }

    /// <summary>The generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Run.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    public string Source(string hintName) =>
        Sources.TryGetValue(hintName, out string? text)
            ? text
            : throw new Xunit.Sdk.XunitException("No generated file '" + hintName + "'. Generated: " + string.Join(", ", Sources.Keys));

    /// <summary>The compiler's diagnostics for the output, without hidden ones.</summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();

    /// <summary>
    /// Asserts the generator threw nothing and the output builds with no error and no warning but the allowed IDs, as a
    /// build shows them (after the package's suppressions). The usage analyzer's own reports (SSOT1xxx–SSOT3xxx) are
    /// left to the tests that expect them. Allowing SSOT0001 allows legacy references wherever they are reported, so
    /// SSOT0005 too (a reference in the shipped API of the assembly that declares the canonical type).
    /// </summary>
    public GeneratorResult ShouldCompile(params string[] allowedWarningIds)
    {
        if (allowedWarningIds.Contains("SSOT0001"))
        {
            allowedWarningIds = [.. allowedWarningIds, "SSOT0005"];
        }

        Assert.All(Run.Results, r => Assert.Null(r.Exception));
        Assert.Empty(Run.Diagnostics);
        var unexpected = BuildDiagnostics
            .Where(d => !AnalyzerDiagnostics.Any(u => u.Id == d.Id && u.Location == d.Location))
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && !allowedWarningIds.Contains(d.Id)))
            .ToList();
        if (unexpected.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                "The output does not compile cleanly:\n" + string.Join("\n", unexpected.Select(Describe))
                + "\n\nGenerated:\n" + string.Join("\n", Sources.Select(s => "=== " + s.Key + "\n" + s.Value)));
        }

        return this;
    }

    /// <summary>The diagnostics a build shows with the given ID (compiler and analyzers, after suppressions).</summary>
    public IReadOnlyList<string> DiagnosticsWithId(string id) => BuildDiagnosticsWithId(id);

    /// <summary>Emits the output and loads it into a fresh load context.</summary>
    public Assembly Load(TestLoadContext? context = null)
    {
        using var stream = new MemoryStream();
        var emitted = Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe)));
        stream.Position = 0;
        return (context ?? new TestLoadContext()).LoadFromStream(stream);
    }

    public static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string where = diagnostic.Location.IsInSource
            ? Path.GetFileName(span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")"
            : "-";
        string text = diagnostic.Location.IsInSource ? diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan) : string.Empty;
        return diagnostic.Id + " " + diagnostic.Severity + " " + where + " [" + text + "]: " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }
}
