using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Baselines;

/// <summary>Generator drivers and analyzer runs set up the way the command-line compiler sets them up.</summary>
public static class Drivers
{
    public static GeneratorDriver Create(ImmutableArray<ISourceGenerator> generators, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            generators,
            additionalTexts: [],
            parseOptions: Workload.Workload.ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The compiler's and the analyzers' diagnostics after suppressions, as a build asks for them.</summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        WithAnalyzers(compilation, analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: null,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
}
