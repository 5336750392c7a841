using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Ssot.Generators.Benchmarks.Baselines;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Reporting;

/// <summary>
/// <c>--inspect</c>: not a benchmark, a look inside. For each generator it prints what a cold run produced; for each
/// edit scenario, how every tracked step of each generator ended (cached, unchanged, modified, new) and the time the
/// driver attributes to it; for the analyzers, the actions each one registered. Then <see cref="PipelineProbe"/> and
/// <see cref="AnalyzerProbes"/> take the generator's and the analyzers' costs apart. Step times come from the driver's own tracking, which adds overhead of its own: compare them with each other,
/// and take absolute times from the benchmarks.
/// </summary>
public static class Inspection
{
    private const int Edits = 40;

    public static int Run(IReadOnlyList<WorkloadVariant> variants, IReadOnlyList<int> files, IReadOnlyList<int> markedPercents, IReadOnlyCollection<string> parts)
    {
        if (Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") != "0")
        {
            Console.WriteLine("note: tiered JIT is on; run with DOTNET_TieredCompilation=0 for times comparable with the benchmarks");
        }

        foreach (int count in files)
        {
            foreach ((WorkloadVariant variant, int marked) in variants.SelectMany(v => markedPercents.Select(m => (v, m))))
            {
                Workload.Workload project = Workload.Workload.Get(count, marked, variant: variant);
                Console.WriteLine("=== " + count + " " + variant.ToString().ToLowerInvariant() + " files, " + marked + "% marked");
                if (parts.Contains("pipeline") && marked == 1)
                {
                    PipelineProbe.Run(project);
                }

                if (!parts.Contains("steps"))
                {
                    continue;
                }

                foreach ((string name, ImmutableArray<ISourceGenerator> generators) in Sets())
                {
                    Cold(name, generators, project);
                }

                foreach ((string scenario, Func<Workload.Workload, EditChain> chain) in new (string, Func<Workload.Workload, EditChain>)[]
                {
                    ("S2 unrelated edit", EditChain.UnrelatedEdits),
                    ("S3 member edit", EditChain.MemberEdits),
                    ("S4 attribute added/removed", EditChain.AttributeToggles),
                })
                {
                    foreach ((string name, ImmutableArray<ISourceGenerator> generators) in Sets())
                    {
                        EditSteps(scenario, name, generators, chain(project));
                    }
                }
            }

            if (parts.Contains("analyzers"))
            {
                Analyzers(count);
                AnalyzerProbes.Run(count);
            }
        }

        return 0;
    }

    private static IEnumerable<(string Name, ImmutableArray<ISourceGenerator> Generators)> Sets() =>
    [
        ("floor", GeneratorSets.Floor),
        ("trivial emitter", GeneratorSets.TrivialEmitter),
        ("Ssot", GeneratorSets.Ssot),
        ("Mvvm", GeneratorSets.Mvvm),
        ("LoggerMessage", GeneratorSets.LoggerMessage),
    ];

    private static void Cold(string name, ImmutableArray<ISourceGenerator> generators, Workload.Workload project)
    {
        // A first run to load and JIT; the second, over the project parsed anew, is the one reported.
        Drivers.Create(generators).RunGenerators(project.FreshlyParsed());
        CSharpCompilation fresh = project.FreshlyParsed();
        var stopwatch = Stopwatch.StartNew();
        GeneratorDriver driver = Drivers.Create(generators, trackSteps: true).RunGeneratorsAndUpdateCompilation(fresh, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        stopwatch.Stop();
        GeneratorDriverRunResult result = driver.GetRunResult();
        int errors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "cold  {0,-14} {1,8:0.00} ms (tracking on)  {2,4} files generated ({3:0} KB)  {4} generator diagnostics  {5} exceptions  {6} compile errors after",
            name,
            stopwatch.Elapsed.TotalMilliseconds,
            result.GeneratedTrees.Length,
            result.Results.SelectMany(r => r.GeneratedSources).Sum(s => s.SourceText.Length) / 1024.0,
            diagnostics.Length,
            result.Results.Count(r => r.Exception is not null),
            errors));
        foreach (Diagnostic error in output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Id).Select(g => g.First()).Take(3))
        {
            Console.WriteLine("      e.g. " + error);
        }

        Print(Steps([driver.GetRunResult()]), 1, minimumMilliseconds: 0.05);
    }

    private static SortedDictionary<string, (TimeSpan Time, Dictionary<IncrementalStepRunReason, int> Reasons)> Steps(IEnumerable<GeneratorDriverRunResult> runs)
    {
        var steps = new SortedDictionary<string, (TimeSpan Time, Dictionary<IncrementalStepRunReason, int> Reasons)>(StringComparer.Ordinal);
        foreach (GeneratorRunResult run in runs.SelectMany(r => r.Results))
        {
            foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in run.TrackedSteps.Concat(run.TrackedOutputSteps))
            {
                (TimeSpan time, Dictionary<IncrementalStepRunReason, int> reasons) = steps.TryGetValue(step.Key, out var existing) ? existing : (TimeSpan.Zero, []);
                foreach (IncrementalGeneratorRunStep runStep in step.Value)
                {
                    time += runStep.ElapsedTime;
                    foreach ((object _, IncrementalStepRunReason reason) in runStep.Outputs)
                    {
                        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                    }
                }

                steps[step.Key] = (time, reasons);
            }
        }

        return steps;
    }

    private static void Print(SortedDictionary<string, (TimeSpan Time, Dictionary<IncrementalStepRunReason, int> Reasons)> steps, int runs, double minimumMilliseconds = 0)
    {
        foreach (KeyValuePair<string, (TimeSpan Time, Dictionary<IncrementalStepRunReason, int> Reasons)> step in steps)
        {
            double milliseconds = step.Value.Time.TotalMilliseconds / runs;
            if (milliseconds < minimumMilliseconds && step.Value.Reasons.Keys.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            {
                continue;
            }

            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "      {0,-58} {1,8:0.000} ms/run  {2}",
                step.Key,
                milliseconds,
                string.Join(", ", step.Value.Reasons.OrderBy(r => r.Key).Select(r => r.Key + " " + (r.Value / (double)runs).ToString("0.##", CultureInfo.InvariantCulture)))));
        }
    }

    private static void EditSteps(string scenario, string name, ImmutableArray<ISourceGenerator> generators, EditChain chain)
    {
        GeneratorDriver driver = Drivers.Create(generators, trackSteps: true).RunGenerators(chain.Current);
        var results = new List<GeneratorDriverRunResult>();
        var runs = new List<double>();
        Dictionary<string, string> before = Sources(driver);
        int changed = 0;
        for (int i = 0; i < Edits; i++)
        {
            chain.Prepare();
            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGenerators(chain.Next);
            stopwatch.Stop();
            chain.Advance();
            runs.Add(stopwatch.Elapsed.TotalMilliseconds);
            results.Add(driver.GetRunResult());
            Dictionary<string, string> after = Sources(driver);
            changed += after.Count(f => !before.TryGetValue(f.Key, out string? text) || text != f.Value) + before.Keys.Count(k => !after.ContainsKey(k));
            before = after;
        }

        runs.Sort();
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0,-27} {1,-14} median {2,7:0.000} ms per edit (tracking on); generated files whose text changed, added or removed: {3:0.##} per edit of {4}",
            scenario,
            name,
            runs[runs.Count / 2],
            changed / (double)Edits,
            before.Count));
        Print(Steps(results), Edits);
    }

    private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    private static void Analyzers(int files)
    {
        foreach ((string name, CSharpCompilation compilation) in new[]
        {
            ("no canonical types", Workload.Workload.Get(files, 0).Compilation),
            ("1% legacy references", Workload.Workload.Get(files, 1, legacyReferences: true).WithGeneratedSources()),
        })
        {
            foreach ((string set, ImmutableArray<DiagnosticAnalyzer> analyzers) in new[] { ("floor", GeneratorSets.FloorAnalyzers), ("Ssot", GeneratorSets.SsotAnalyzers) })
            {
                Drivers.Analyze(Workload.Workload.FreshlyParsed(compilation), analyzers);
                CompilationWithAnalyzers analyzed = Drivers.WithAnalyzers(Workload.Workload.FreshlyParsed(compilation), analyzers);
                var stopwatch = Stopwatch.StartNew();
                ImmutableArray<Diagnostic> diagnostics = analyzed.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                stopwatch.Stop();
                Console.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "S5 {0} files, {1,-22} {2,-6} {3,8:0.0} ms  diagnostics: {4}",
                    files,
                    name,
                    set,
                    stopwatch.Elapsed.TotalMilliseconds,
                    string.Join(", ", diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).Select(g => g.Key + "×" + g.Count()))));
                foreach (DiagnosticAnalyzer analyzer in analyzers)
                {
                    AnalyzerTelemetryInfo info = analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult();
                    Console.WriteLine(string.Format(
                        CultureInfo.InvariantCulture,
                        "      {0,-28} actions: syntax-node {1}, symbol {2}, operation {3}, semantic-model {4}, compilation-end {5}, suppression {6}",
                        analyzer.GetType().Name,
                        info.SyntaxNodeActionsCount,
                        info.SymbolActionsCount,
                        info.OperationActionsCount,
                        info.SemanticModelActionsCount,
                        info.CompilationEndActionsCount,
                        info.SuppressionActionsCount));
                }
            }
        }
    }
}
