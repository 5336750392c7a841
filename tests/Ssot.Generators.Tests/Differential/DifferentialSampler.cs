using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// Runs a check over a fixed series of cases (case i is generated from PCG stream i of one seed, so CI sees the same
/// cases every run), on every core; prints how many cases showed each defect class; then, if any failed, lets CsCheck
/// shrink from the first failing case and fails with the smallest case it found and the seed that replays it.
/// </summary>
/// <remarks>
/// Environment: <c>SSOT_DIFFERENTIAL_CASES</c> (how many cases), <c>SSOT_DIFFERENTIAL_SEED</c> (another series),
/// <c>SSOT_DIFFERENTIAL_SHRINK_SECONDS</c> (how long to shrink), <c>SSOT_DIFFERENTIAL_DETAILS=1</c> (an example of
/// each defect class in the summary), <c>SSOT_DIFFERENTIAL_THREADS</c> (cases at once; one a core by default),
/// <c>CsCheck_Seed</c> (replay that one case only).
/// </remarks>
internal static class DifferentialSampler
{
    public const ulong DefaultSeries = 20_261_204;

    /// <summary>A case takes about a second; one that takes this long hangs.</summary>
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(120);

    public static void Run(Gen<RenameCase> gen, Func<RenameCase, IReadOnlyList<Finding>> check, int defaultCases, Action<string> writeLine)
    {
        void Assert(RenameCase @case)
        {
            IReadOnlyList<Finding> findings = Within(CaseTimeout, () => check(@case));
            if (findings.Count > 0)
            {
                throw new DifferentialException(findings.Count + " finding(s):\n" + string.Join("\n", findings));
            }
        }

        if (Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 })
        {
            // CsCheck takes the seed from the environment: the one case, as it failed.
            gen.Sample(Assert, writeLine: writeLine, iter: 1, threads: 1, print: c => c.ToString());
            return;
        }

        int cases = Number("SSOT_DIFFERENTIAL_CASES", defaultCases);
        ulong series = (ulong)Number("SSOT_DIFFERENTIAL_SEED", (long)DefaultSeries);
        var outcomes = new (string Seed, IReadOnlyList<Finding> Findings, Exception? Error)[cases];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        int threads = (int)Number("SSOT_DIFFERENTIAL_THREADS", Environment.ProcessorCount);
        FixedSeries.ForEach(cases, series, threads, (i, pcg) =>
        {
            string seed = pcg.ToString();
            RenameCase @case = gen.Generate(pcg, null, out _);
            try
            {
                outcomes[i] = (seed, Within(CaseTimeout, () => check(@case)), null);
            }
            catch (Exception e)
            {
                outcomes[i] = (seed, [], e);
            }
        });

        var failing = Enumerable.Range(0, cases).Where(i => outcomes[i].Error is not null || outcomes[i].Findings.Count > 0).ToList();
        writeLine(Summary(outcomes, cases, series) + string.Format(
            CultureInfo.InvariantCulture,
            "\n({0:0} s, {1:0} s of CPU in this process, on {2} threads)",
            clock.Elapsed.TotalSeconds,
            (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
            threads));
        if (failing.Count == 0)
        {
            return;
        }

        string first = outcomes[failing[0]].Seed;
        int shrinkSeconds = (int)Number("SSOT_DIFFERENTIAL_SHRINK_SECONDS", 60);
        try
        {
            gen.Sample(Assert, writeLine: writeLine, seed: first, time: shrinkSeconds, print: c => c.ToString());
        }
        catch (Exception shrunk)
        {
            // CsCheck cuts a long case short in its message: print the whole case again, from the seed it reports.
            string seed = SeedIn(shrunk.Message) ?? first;
            RenameCase smallest = gen.Generate(PCG.Parse(seed), null, out _);
            throw new DifferentialException(
                failing.Count + " of " + cases + " cases fail. The smallest failing case found replays with CsCheck_Seed=" + seed + ".\n"
                + (shrunk.InnerException ?? shrunk).Message + "\n\n" + smallest);
        }

        throw new DifferentialException(failing.Count + " of " + cases + " cases fail, but case " + first + " passed when run again: the check is not deterministic.");
    }

    private static string? SeedIn(string message)
    {
        System.Text.RegularExpressions.Match match = System.Text.RegularExpressions.Regex.Match(message, "CsCheck_Seed=([0-9A-Za-z_-]+)");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>How many cases showed each class of defect, with the seed of the first, most frequent first.</summary>
    private static string Summary((string Seed, IReadOnlyList<Finding> Findings, Exception? Error)[] outcomes, int cases, ulong series)
    {
        bool details = Environment.GetEnvironmentVariable("SSOT_DIFFERENTIAL_DETAILS") == "1";
        var classes = outcomes
            .SelectMany(o => o.Error is { } e
                ? [(Defect: "the check threw " + e.GetType().Name + ": " + e.Message.Split('\n')[0], o.Seed, Detail: e.ToString())]
                : o.Findings.DistinctBy(f => f.Defect).Select(f => (f.Defect, o.Seed, f.Detail)))
            .GroupBy(x => x.Defect)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Format(CultureInfo.InvariantCulture, "{0,5}  {1}  (first: CsCheck_Seed={2})", g.Count(), g.Key, g.First().Seed)
                + (details ? "\n" + Indent(g.First().Detail) : string.Empty));
        int failed = outcomes.Count(o => o.Error is not null || o.Findings.Count > 0);
        return string.Format(CultureInfo.InvariantCulture, "{0} cases of series {1}: {2} failed\n", cases, series, failed) + string.Join("\n", classes);
    }

    private static string Indent(string detail) => string.Join("\n", detail.Split('\n').Take(12).Select(l => "         " + l));

    private static T Within<T>(TimeSpan timeout, Func<T> action)
    {
        // A thread of its own: the check blocks on async work, and borrowing pool threads for it starves the pool.
        var run = Task.Factory.StartNew(action, TaskCreationOptions.LongRunning);
        return Task.WhenAny(run, Task.Delay(timeout)).GetAwaiter().GetResult() == run
            ? run.GetAwaiter().GetResult()
            : throw new DifferentialException("The case did not finish within " + timeout.TotalSeconds + " s.");
    }

    private static long Number(string variable, long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value > 0 ? value : fallback;

    private static int Number(string variable, int fallback) => (int)Number(variable, (long)fallback);
}
