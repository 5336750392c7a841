using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// What one side of <see cref="DifferentialRunner"/> produced at one step: the generator's run and diagnostics, and what
/// the analyzers, the suppressor and the compiler report over the output compilation.
/// </summary>
internal sealed class StepOutput
{
    public StepOutput(GeneratorDriverRunResult run, ImmutableArray<Diagnostic> generatorDiagnostics, Compilation output, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Run = run;
        GeneratorDiagnostics = generatorDiagnostics;
        Files = run.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        Diagnostics = analyzers.IsEmpty ? [] : Analyze(output, analyzers);
    }

    public GeneratorDriverRunResult Run { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>The generated files, in the order the run added them.</summary>
    public IReadOnlyList<(string Hint, string Text)> Files { get; }

    /// <summary>Every diagnostic of the output with the analyzers, suppressed ones included (and marked).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public string FilesText => string.Concat(Files.Select(f => f.Hint + "\n" + f.Text + "\n"));

    public string DiagnosticsText => string.Join("\n", Diagnostics.Select(DiagnosticSetDiff.Key).Order(StringComparer.Ordinal));

    /// <summary>A new driver's first run over <paramref name="compilation"/>.</summary>
    public static StepOutput Fresh(GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new StepOutput(driver.GetRunResult(), diagnostics, output, analyzers);
    }

    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> set)
    {
        var options = new AnalyzerOptions([], new TestAnalyzerConfigOptions(new Dictionary<string, string>()));
        return compilation
            .WithAnalyzers(set, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAllDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();
    }
}
