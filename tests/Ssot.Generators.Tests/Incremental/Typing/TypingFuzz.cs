using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using CsCheck;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// Samples typing chains and checks each with a <see cref="DifferentialRunner"/>. Without settings it runs the fixed
/// <see cref="Seeds"/>, one chain each, so CI types the same edits every time. <c>CsCheck_Seed=…</c> replays one chain;
/// <c>CsCheck_Iter=N</c> types N random chains instead (CsCheck then looks for smaller failing chains itself; replay the
/// one it reports with its seed to shrink it further). A failure is shrunk and printed as a chain
/// <see cref="TypingChain.Parse"/> reads back, above CsCheck's seed line for the chain as first generated.
/// </summary>
internal static class TypingFuzz
{
    /// <summary>
    /// The seeds CI runs: chosen once, never changed (a new seed is a new test). Each has its own stream (the last
    /// character), so no chain is a shifted copy of another. Eleven chains type about 350 edits in under a minute of CPU.
    /// </summary>
    public static readonly IReadOnlyList<string> Seeds =
    [
        "5D1guu1CY4G2", "4j98GDL-QsU3", "9SeNhMYmIpz4", "fYpSGsaczyS5", "bMWzxWjzX0O6", "6XDnMfe8Fk97",
        "evtPGbhSVmo8", "dE8MRP9eAxj9", "69R5ZUk3dtYa", "aQmSyDOr0yJb", "1y3BOPR9PIHc",
    ];

    // Per failing chain: a one-edit failure shrinks in seconds; a regression that fails every chain must not take CI hours.
    private static readonly TimeSpan ShrinkBudget = TimeSpan.FromMinutes(1);

    /// <summary>Runs the chains; returns what they exercised, over all chains.</summary>
    /// <param name="runner">What to type the chains into.</param>
    /// <param name="writeLine">Where CsCheck writes its summary lines.</param>
    /// <param name="seeds">The fixed seeds to run when no CsCheck variable is set; <see cref="Seeds"/> by default.</param>
    public static ChainTally Sample(DifferentialRunner runner, Action<string> writeLine, IReadOnlyList<string>? seeds = null)
    {
        ChainTally total = default;
        var gate = new object();
        bool shrink = true;
        void Check(TypingChain chain)
        {
            ChainTally tally = Verify(runner, chain, shrink);
            lock (gate)
            {
                total += tally;
            }
        }

        if (Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 })
        {
            TypingGens.Chain.Sample(Check, writeLine: writeLine, iter: 1, threads: 1, print: Print);
        }
        else if (long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), NumberStyles.None, CultureInfo.InvariantCulture, out long iterations) && iterations > 0)
        {
            // Every failing chain CsCheck meets while it looks for smaller ones would be shrunk here too: leave it to CsCheck.
            shrink = false;
            TypingGens.Chain.Sample(Check, writeLine: writeLine, iter: iterations, print: Print);
        }
        else
        {
            // One chain per seed, the chains on every core; failures are thrown in seed order, so the first is the same
            // on every run.
            seeds ??= Seeds;
            var failures = new Exception?[seeds.Count];
            Parallel.For(0, seeds.Count, i =>
            {
                try
                {
                    TypingGens.Chain.Sample(Check, writeLine: writeLine, seed: seeds[i], iter: 1, threads: 1, print: Print);
                }
                catch (Exception failure)
                {
                    failures[i] = failure;
                }
            });

            Exception[] failed = failures.OfType<Exception>().ToArray();
            if (failed.Length == 1)
            {
                ExceptionDispatchInfo.Throw(failed[0]);
            }

            if (failed.Length > 1)
            {
                throw new AggregateException(failed.Length + " of " + seeds.Count + " chains failed; the first is shown first.", failed);
            }
        }

        return total;
    }

    /// <summary>Types one chain; throws a <see cref="TypingFuzzException"/> with the (shrunk) chain if it fails.</summary>
    public static ChainTally Verify(DifferentialRunner runner, TypingChain chain, bool shrink = true)
    {
        if (runner.FirstMismatch(chain, out ChainTally tally) is not { } mismatch)
        {
            return tally;
        }

        (TypingChain shrunk, DifferentialMismatch shrunkMismatch) = shrink
            ? ChainShrinker.Shrink(chain, mismatch, runner.FirstMismatch, ShrinkBudget)
            : (chain with { Edits = chain.Edits.Take(mismatch.Step).ToImmutableArray() }, mismatch);
        throw new TypingFuzzException(
            shrunkMismatch + "\n" + (shrink ? "Shrunk" : "Cut at the failing edit") + " from " + chain.Edits.Length + " edits (and " + chain.Start.Length + " knobs at the start) to this chain; replay it with "
            + "DifferentialRunner.Product.FirstMismatch(TypingChain.Parse(\"\"\"…\"\"\")):\n" + shrunk
            + "\nThe chain as generated follows, with the seed that generates it.",
            shrunk);
    }

    private static string Print(TypingChain chain) => "\n" + chain;
}
