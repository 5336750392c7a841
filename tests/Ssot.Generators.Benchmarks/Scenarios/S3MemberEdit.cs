using BenchmarkDotNet.Attributes;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Scenarios;

/// <summary>S3: a public method added to one marked class (in place of the one the step before added).</summary>
[BenchmarkCategory("S3 member edit")]
public class S3MemberEdit : EditScenario
{
    protected override EditChain CreateChain(Workload.Workload workload) => EditChain.MemberEdits(workload);
}
