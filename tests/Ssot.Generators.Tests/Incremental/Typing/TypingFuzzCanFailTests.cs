using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// <see cref="TypingFuzzTests"/> is worth something only if it fails on a generator or analyzer whose cache goes stale:
/// here fixed chains of it are typed into stand-ins with exactly the bug a per-type model cache would have, and the
/// differential check must catch each, shrunk to a chain that replays as printed; the same generator without its cache
/// must pass the same chains.
/// </summary>
public sealed class TypingFuzzCanFailTests(ITestOutputHelper output)
{
    // Three of the fixed chains for the generators; for the analyzer (each step compiles twice) the one whose chain
    // changes a base type in another file first.
    private static readonly string[] Seeds = TypingFuzz.Seeds.Take(3).ToArray();

    private static readonly string[] AnalyzerSeed = [TypingFuzz.Seeds[4]];

    [Fact]
    public void A_generator_that_caches_per_declaration_syntax_is_caught_by_every_chain_with_a_shrunk_replayable_one()
    {
        var broken = new DifferentialRunner(() => new SignatureListGenerator(cacheByDeclaration: true), () => []);

        IReadOnlyList<TypingFuzzException> failures = Failures(() => TypingFuzz.Sample(broken, _ => { }, Seeds));

        Assert.Equal(Seeds.Length, failures.Count);
        Assert.All(failures, failure =>
        {
            Assert.Contains(".Signatures.g.cs differs", failure.Message, StringComparison.Ordinal);
            AssertShrunkAndReplayable(broken, failure);
        });
    }

    [Fact]
    public void An_analyzer_that_caches_per_syntax_tree_is_caught_with_a_shrunk_replayable_chain()
    {
        var broken = new DifferentialRunner(() => new CanonicalGenerator(), () => [new StaleTreeAnalyzer()]);

        TypingFuzzException failure = Assert.Single(Failures(() => TypingFuzz.Sample(broken, _ => { }, AnalyzerSeed)));

        Assert.Contains("TEST0001", failure.Message, StringComparison.Ordinal);
        AssertShrunkAndReplayable(broken, failure);
    }

    [Fact]
    public void The_same_generator_without_its_cache_passes_the_same_chains()
    {
        var honest = new DifferentialRunner(() => new SignatureListGenerator(cacheByDeclaration: false), () => []);

        Assert.True(TypingFuzz.Sample(honest, _ => { }, Seeds).OutputChanges > 0);
    }

    /// <summary>The shrunk failures of each failing chain, in seed order.</summary>
    private static IReadOnlyList<TypingFuzzException> Failures(Action sample)
    {
        Exception thrown = Assert.ThrowsAny<Exception>(sample);
        IEnumerable<Exception> failures = thrown is AggregateException many ? many.InnerExceptions : [thrown];
        return failures.Select(failure =>
        {
            // CsCheck wraps each failure with the seed that generates its chain.
            Assert.Contains("CsCheck_Seed=", failure.Message, StringComparison.Ordinal);
            return Assert.IsType<TypingFuzzException>(failure.InnerException);
        }).ToList();
    }

    private void AssertShrunkAndReplayable(DifferentialRunner runner, TypingFuzzException failure)
    {
        output.WriteLine(failure.Message);

        // The printed chain is the shrunk one, it reads back, it still fails, and one stale dependency needs one edit.
        string printed = failure.Shrunk.ToString();
        Assert.Contains(printed, failure.Message, StringComparison.Ordinal);
        TypingChain replayed = TypingChain.Parse(printed);
        Assert.NotNull(runner.FirstMismatch(replayed));
        Assert.True(replayed.Edits.Length + replayed.Start.Length <= 3, "Not shrunk:\n" + printed);
    }
}
