using BenchmarkDotNet.Attributes;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Scenarios;

/// <summary>S4: the attributes added to one class, then removed, in turn.</summary>
[BenchmarkCategory("S4 attribute added/removed")]
public class S4AttributeToggle : EditScenario
{
    protected override EditChain CreateChain(Workload.Workload workload) => EditChain.AttributeToggles(workload);
}
