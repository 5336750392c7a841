using System;
using System.Diagnostics;
using System.Globalization;
using Xunit;
using Xunit.Abstractions;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// The guard for every cache the generator keeps: a driver kept across a chain of edits, the way the IDE keeps one,
/// must generate after each edit exactly what a fresh driver generates for the same project, and the package's
/// analyzers must report the same over both outputs. The edits are those that could make a cache stale (see
/// <see cref="Knob"/>); the project is several files (<see cref="TypingSources"/>).
/// </summary>
/// <remarks>
/// On failure the chain is shrunk and printed in the form <see cref="TypingChain.Parse"/> reads, followed by CsCheck's
/// seed for the chain as generated. Replay: <c>CsCheck_Seed=… dotnet test tests/Ssot.Generators.Tests --filter
/// FullyQualifiedName~TypingFuzzTests</c>, or paste the shrunk chain into a test as
/// <c>DifferentialRunner.Product.FirstMismatch(TypingChain.Parse("""…"""))</c>. <c>CsCheck_Iter=200</c> types 200
/// random chains instead of the fixed seeds.
/// </remarks>
public sealed class TypingFuzzTests(ITestOutputHelper output)
{
    /// <summary>What CI must type, at the least, across the fixed seeds: edits that change a file, options or references.</summary>
    private const int MinimumEditsInCi = 300;

    [Fact]
    public void A_driver_kept_across_edits_generates_and_reports_what_a_fresh_driver_does()
    {
        var clock = Stopwatch.StartNew();
        ChainTally tally = TypingFuzz.Sample(DifferentialRunner.Product, output.WriteLine);
        output.WriteLine(tally + ", in " + clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s");

        // Guards the guard: with chains too short, or edits that change nothing, it would pass having checked little.
        bool fixedSeeds = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CsCheck_Seed"))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CsCheck_Iter"));
        Assert.True(!fixedSeeds || tally.Edits >= MinimumEditsInCi, "The fixed seeds typed only " + tally.Edits + " edits; CI must type at least " + MinimumEditsInCi + ".");
        Assert.True(!fixedSeeds || tally.OutputChanges * 4 >= tally.Edits, "Only " + tally.OutputChanges + " of " + tally.Edits + " edits changed the generated files.");
    }
}
