using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Ssot.Generators.Benchmarks.Reporting;
using Ssot.Generators.Benchmarks.Scenarios;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks;

/// <summary>
/// Entry point. Options of our own come first and are removed before BenchmarkDotNet sees the rest:
/// <c>--smoke</c> (or <c>SSOT_BENCH_SMOKE=1</c>) runs every scenario once at 100 files of each variant, in process;
/// <c>--variant heavy,light</c>, <c>--files 1000,5000</c> and <c>--marked 1,10</c> choose the parameters (and
/// <c>--s5 NoCanonicalTypes,LegacyReferences</c> the analyzer projects); <c>--iterations N</c> (default: as many
/// as it takes for a 2% error, 10 to 50) and <c>--warmup N</c> (default 3) size the job; <c>--inspect [steps,pipeline,analyzers]</c> takes the costs apart instead of benchmarking
/// (see <see cref="Inspection"/>). Everything else (<c>--filter</c>, <c>--anyCategories</c>, …) goes to BenchmarkDotNet.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var rest = new List<string>();
        bool smoke = Environment.GetEnvironmentVariable("SSOT_BENCH_SMOKE") == "1";
        string? inspect = null;
        int warmup = 3;
        int? iterations = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--smoke":
                    smoke = true;
                    break;
                case "--inspect":
                    inspect = i + 1 < args.Length && !args[i + 1].StartsWith('-') ? args[++i] : "steps,pipeline,analyzers";
                    break;
                case "--variant" when i + 1 < args.Length:
                    BenchmarkSettings.Variants = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(v => Enum.Parse<WorkloadVariant>(v, ignoreCase: true))
                        .ToArray();
                    break;
                case "--files" when i + 1 < args.Length:
                    BenchmarkSettings.Files = Numbers(args[++i]);
                    break;
                case "--marked" when i + 1 < args.Length:
                    BenchmarkSettings.MarkedPercents = Numbers(args[++i]);
                    break;
                case "--s5" when i + 1 < args.Length:
                    BenchmarkSettings.AnalyzerCases = args[++i].Split(',').Select(c => Enum.Parse<S5Analyzers.Project>(c, ignoreCase: true)).ToArray();
                    break;
                case "--warmup" when i + 1 < args.Length:
                    warmup = Numbers(args[++i])[0];
                    break;
                case "--iterations" when i + 1 < args.Length:
                    iterations = Numbers(args[++i])[0];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (inspect is not null)
        {
            return Inspection.Run(BenchmarkSettings.Variants, BenchmarkSettings.Files, BenchmarkSettings.MarkedPercents, inspect.Split(','));
        }

        if (smoke)
        {
            BenchmarkSettings.Variants = [WorkloadVariant.Heavy, WorkloadVariant.Light];
            BenchmarkSettings.Files = [100];
            BenchmarkSettings.MarkedPercents = [1];
        }

        if (!rest.Any(a => a.StartsWith("--filter", StringComparison.Ordinal) || a == "-f" || a.StartsWith("--anyCategories", StringComparison.Ordinal) || a.StartsWith("--allCategories", StringComparison.Ordinal)))
        {
            rest.AddRange(["--filter", "*"]);
        }

        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray(), Config(smoke, warmup, iterations));
        List<Summary> all = summaries.ToList();
        bool failed = all.Count == 0 || all.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length != s.BenchmarksCases.Length);
        if (failed)
        {
            Console.Error.WriteLine("error: a benchmark failed or did not run");
        }

        return failed ? 1 : 0;
    }

    private static IConfig Config(bool smoke, int warmup, int? iterations)
    {
        // Every benchmark prepares a fresh input in [IterationSetup], so each iteration is one invocation; forced GCs
        // between iterations (the default) keep one run's garbage out of the next.
        Job job = smoke
            ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("smoke")
            : (iterations is int fixedCount ? Job.Default.WithIterationCount(fixedCount) : Job.Default.WithMinIterationCount(10).WithMaxIterationCount(50))
                .WithLaunchCount(1)
                .WithWarmupCount(warmup)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)

                // Tiered JIT would promote methods in the middle of single-invocation iterations: steady-state code from the start.
                .WithEnvironmentVariable("DOTNET_TieredCompilation", "0")
                .WithId("edit-loop");

        ManualConfig config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(CategoriesColumn.Default, StatisticColumn.Median)
            .AddColumn(
                new RatioToColumn("Floor", "Time/floor", allocations: false),
                new RatioToColumn("Floor", "Alloc/floor", allocations: true),
                new RatioToColumn("PlainCompile", "Time/compile", allocations: false),
                new RatioToColumn("PlainCompile", "Alloc/compile", allocations: true))
            .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared))
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);

        // The smoke run proves every scenario runs, it measures nothing: it may run on the Debug build CI already has.
        return smoke ? config.WithOptions(ConfigOptions.DisableOptimizationsValidator) : config;
    }

    private static int[] Numbers(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.Parse(n.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture))
            .ToArray();
}
