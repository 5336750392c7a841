using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Xunit;
using Xunit.Abstractions;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The harness itself, on the very series of cases <see cref="RenameDifferentialTests"/> runs: every generated v1
/// library builds without a warning for both targets, its consumer builds and runs without a failing step, the same
/// transcript every time, and a printed seed replays its case. So a failure of the differential test is the product's.
/// </summary>
public sealed class GeneratedCaseTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_generated_v1_library_and_consumer_build_cleanly_for_both_targets_and_run_the_same_twice() =>
        DifferentialSampler.Run(RenameCaseGens.Case, Check, RenameDifferentialTests.DefaultCases, output.WriteLine);

    [Fact]
    public void A_printed_seed_replays_its_case()
    {
        for (uint stream = 0; stream < 20; stream++)
        {
            var pcg = new PCG(stream, DifferentialSampler.DefaultSeries);
            string seed = pcg.ToString();
            string generated = RenameCaseGens.Case.Generate(pcg, null, out _).ToString();

            Assert.Equal(generated, RenameCaseGens.Case.Generate(PCG.Parse(seed), null, out _).ToString());
        }
    }

    private static IReadOnlyList<Finding> Check(RenameCase @case)
    {
        (byte[] library, byte[] consumer, string transcript) = RenameDifferential.Reference(@case);
        int steps = ConsumerRenderer.Steps(@case).Count;
        if (transcript.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length != steps)
        {
            throw new HarnessException("The transcript has not one line per step (" + steps + "):\n" + transcript);
        }

        return RenameDifferential.Compare("the v1 consumer binary against v1, again", transcript, consumer, library).ToList();
    }
}
