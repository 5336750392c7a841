using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// Shrinks a failing chain to one that still fails and from which no edit can be dropped. First it tries the failing
/// edit alone, typed into the starting project, then into the project as it stood just before that edit (opened at
/// once): a stale cache usually needs just the one edit, and every later candidate is then two steps long. Then runs of
/// edits go (halves, quarters, … single ones), then the start's knobs. Any subsequence of edits is a valid chain
/// (<see cref="TypingEdit"/>), so every candidate is replayable as printed.
/// </summary>
internal static class ChainShrinker
{
    public static (TypingChain Chain, DifferentialMismatch Mismatch) Shrink(
        TypingChain chain,
        DifferentialMismatch mismatch,
        Func<TypingChain, DifferentialMismatch?> run,
        TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        (TypingChain Chain, DifferentialMismatch Mismatch) best = (Truncate(chain, mismatch), mismatch);

        bool TryKeep(TypingChain candidate)
        {
            if (clock.Elapsed > budget || run(candidate) is not { } failure)
            {
                return false;
            }

            best = (Truncate(candidate, failure), failure);
            return true;
        }

        if (mismatch.Edit is { } failing)
        {
            TypingProject before = best.Chain.Edits.Take(mismatch.Step - 1).Aggregate(best.Chain.Opened, (project, edit) => project.With(edit));
            _ = TryKeep(new TypingChain([], [failing])) || TryKeep(new TypingChain(before.ChangesFromStart(), [failing]));
        }

        // Each kept candidate has been run and failed: best is always a chain that replays its failure.
        Reduce(best.Chain.Edits, edits => TryKeep(best.Chain with { Edits = edits }) ? best.Chain.Edits : null);
        Reduce(best.Chain.Start, start => TryKeep(best.Chain with { Start = start }) ? best.Chain.Start : null);
        return best;
    }

    /// <summary>The chain without the edits after its failing step (they were never reached).</summary>
    private static TypingChain Truncate(TypingChain chain, DifferentialMismatch mismatch) =>
        chain with { Edits = chain.Edits.Take(mismatch.Step).ToImmutableArray() };

    /// <summary>
    /// Removes runs of items while <paramref name="tryWithout"/> accepts the shorter list; it returns the list it kept
    /// (which may be shorter still), or <see langword="null"/> to refuse.
    /// </summary>
    private static void Reduce(ImmutableArray<TypingEdit> items, Func<ImmutableArray<TypingEdit>, ImmutableArray<TypingEdit>?> tryWithout)
    {
        for (int size = Math.Max(1, items.Length / 2); size >= 1; size /= 2)
        {
            int at = 0;
            while (at < items.Length)
            {
                ImmutableArray<TypingEdit> candidate = items.RemoveRange(at, Math.Min(size, items.Length - at));
                if (tryWithout(candidate) is { } kept)
                {
                    items = kept;
                }
                else
                {
                    at += size;
                }
            }
        }
    }
}
