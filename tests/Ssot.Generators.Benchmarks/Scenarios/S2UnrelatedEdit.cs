using BenchmarkDotNet.Attributes;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Scenarios;

/// <summary>S2: one method body edited in a file that carries no attribute; nothing any generator makes should change.</summary>
[BenchmarkCategory("S2 unrelated edit")]
public class S2UnrelatedEdit : EditScenario
{
    protected override EditChain CreateChain(Workload.Workload workload) => EditChain.UnrelatedEdits(workload);
}
