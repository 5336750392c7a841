using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Benchmarks.Baselines;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Scenarios;

/// <summary>
/// A warm driver stepping through distinct compilations, each one edit from the last: what the IDE does on every
/// keystroke. The driver is warmed on the unedited project in the global setup; each iteration prepares the next
/// compilation outside the measured region, and the benchmark runs the driver over it once.
/// </summary>
public abstract class EditScenario : GeneratorScenario
{
    private GeneratorDriver? _driver;
    private EditChain? _chain;

    [GlobalSetup(Target = nameof(Floor))]
    public void SetupFloor() => Warm(nameof(Floor));

    [GlobalSetup(Target = nameof(TrivialEmitter))]
    public void SetupTrivialEmitter() => Warm(nameof(TrivialEmitter));

    [GlobalSetup(Target = nameof(Ssot))]
    public void SetupSsot() => Warm(nameof(Ssot));

    [GlobalSetup(Target = nameof(Mvvm))]
    public void SetupMvvm() => Warm(nameof(Mvvm));

    [GlobalSetup(Target = nameof(LoggerMessage))]
    public void SetupLoggerMessage() => Warm(nameof(LoggerMessage));

    [IterationSetup]
    public void PrepareEdit() => _chain!.Prepare();

    protected abstract EditChain CreateChain(Workload.Workload workload);

    protected override GeneratorDriver Run()
    {
        _driver = _driver!.RunGenerators(_chain!.Next);
        _chain.Advance();
        return _driver;
    }

    private void Warm(string method)
    {
        _chain = CreateChain(Project);
        ImmutableArray<ISourceGenerator> generators = GeneratorsFor(method);
        _driver = Drivers.Create(generators).RunGenerators(_chain.Current);
    }
}
