using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Benchmarks.Baselines;

namespace Ssot.Generators.Benchmarks.Scenarios;

/// <summary>
/// S1: a fresh driver over a compilation it has never seen — a build, or the IDE opening the project. Each run gets the
/// project freshly parsed (references shared, every syntax tree and symbol new), made outside the measured region: no
/// generator, baseline or peer profits from what an earlier iteration computed and kept for a syntax tree.
/// Iterations are capped at 20: a compile takes seconds at 1,000 files.
/// </summary>
[BenchmarkCategory("S1 cold")]
[MaxIterationCount(20)]
public class S1ColdRun : GeneratorScenario
{
    private ImmutableArray<ISourceGenerator> _generators;
    private CSharpCompilation? _fresh;

    [GlobalSetup(Target = nameof(Floor))]
    public void SetupFloor() => Use(nameof(Floor));

    [GlobalSetup(Target = nameof(TrivialEmitter))]
    public void SetupTrivialEmitter() => Use(nameof(TrivialEmitter));

    [GlobalSetup(Target = nameof(Ssot))]
    public void SetupSsot() => Use(nameof(Ssot));

    [GlobalSetup(Target = nameof(Mvvm))]
    public void SetupMvvm() => Use(nameof(Mvvm));

    [GlobalSetup(Target = nameof(LoggerMessage))]
    public void SetupLoggerMessage() => Use(nameof(LoggerMessage));

    [GlobalSetup(Target = nameof(PlainCompile))]
    public void SetupCompile() => Use(nameof(PlainCompile));

    [IterationSetup]
    public void Fresh() => _fresh = Project.FreshlyParsed();

    /// <summary>
    /// The compiler alone: <c>GetDiagnostics()</c> binds every file. The compiler has no incremental mode, so this is
    /// also what every edit costs a build; the edit scenarios divide by it.
    /// </summary>
    [Benchmark(Description = "compile (GetDiagnostics)")]
    public int PlainCompile() => _fresh!.GetDiagnostics().Length;

    protected override GeneratorDriver Run() => Drivers.Create(_generators).RunGenerators(_fresh!);

    private void Use(string method)
    {
        _ = Project;
        _generators = GeneratorsFor(method);
    }
}
