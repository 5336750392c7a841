using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using CsCheck;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>
/// Runs a property over a fixed series of cases, so every CI run checks the same ones (case i comes from PCG stream i
/// of one series), on every core; the first failing case is reported as CsCheck reports it, with the seed that replays it.
/// </summary>
/// <remarks>
/// Environment: <c>CsCheck_Iter</c> (how many cases), <c>SSOT_PROPERTY_SEED</c> (another series),
/// <c>SSOT_PROPERTY_RANDOM=1</c> (random cases, and CsCheck's shrinking, as CsCheck runs them), <c>CsCheck_Seed</c>
/// (replay that one case only).
/// </remarks>
internal static class FixedSeries
{
    public const ulong DefaultSeries = 20_261_203;

    public static void Sample<T>(Gen<T> gen, Action<T> property, long cases, Action<string> writeLine, Func<T, string> print)
    {
        if (Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } || Environment.GetEnvironmentVariable("SSOT_PROPERTY_RANDOM") == "1")
        {
            gen.Sample(property, writeLine: writeLine, iter: cases, print: print);
            return;
        }

        ulong series = ulong.TryParse(Environment.GetEnvironmentVariable("SSOT_PROPERTY_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong chosen)
            ? chosen
            : DefaultSeries;
        var failures = new Exception?[cases];
        ForEach(cases, series, Environment.ProcessorCount, (i, pcg) =>
        {
            try
            {
                gen.Sample(property, writeLine: _ => { }, seed: pcg.ToString(), iter: 1, threads: 1, print: print);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });

        int failed = failures.Count(f => f is not null);
        writeLine(string.Format(CultureInfo.InvariantCulture, "{0} cases of series {1}: {2} failed", cases, series, failed));
        if (failures.FirstOrDefault(f => f is not null) is { } first)
        {
            throw new PropertyFailure(failed + " of " + cases + " cases of series " + series + " fail; the first:\n" + first.Message, first);
        }
    }

    /// <summary>
    /// Runs case i of the series (its PCG stream i) for each i below <paramref name="cases"/>, on threads of their own,
    /// <paramref name="threads"/> of them: a check that blocks on async work would starve the thread pool.
    /// </summary>
    public static void ForEach(long cases, ulong series, int threads, Action<long, PCG> run)
    {
        long next = -1;
        void Work()
        {
            for (long i = Interlocked.Increment(ref next); i < cases; i = Interlocked.Increment(ref next))
            {
                run(i, new PCG((uint)i, series));
            }
        }

        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(Work, 16 * 1024 * 1024)).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
    }

    private sealed class PropertyFailure(string message, Exception inner) : Exception(message, inner);
}
