using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using Xunit.Abstractions;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>
/// Consumer code that names the legacy types in every position (<see cref="ConsumerGens"/>), on net10.0 and
/// netstandard2.0, nullable on and off, C# 7.3 and the latest: one diagnostic per reference, each single fix compiles,
/// Fix All leaves nothing legacy and no error (<see cref="ConsumerVerifier"/>).
/// </summary>
/// <remarks>
/// Each run checks the same fixed series of cases (<see cref="Infrastructure.FixedSeries"/>; <c>SSOT_PROPERTY_RANDOM=1</c>
/// for random ones, which CsCheck shrinks). A failure prints the case with its seed; <c>CsCheck_Seed=… dotnet test
/// tests/Ssot.Generators.Tests --filter FullyQualifiedName~ConsumerPropertyTests</c> replays it. <c>CsCheck_Iter=…</c> runs that many cases in each
/// test instead of its default. The output of each test says how many cases, references and fixes it checked, and
/// how long it took.
/// </remarks>
public sealed class ConsumerPropertyTests(ITestOutputHelper output)
{
    /// <summary>Cases of the cheap property (one build and one analysis each).</summary>
    public const int DiagnosticCases = 400;

    /// <summary>Cases whose every single fix is applied and compiled.</summary>
    public const int SingleFixCases = 50;

    /// <summary>Cases of Fix All, each in document or in project scope, or fixed one diagnostic at a time.</summary>
    public const int FixAllCases = 50;

    [Fact]
    public void Each_legacy_reference_of_consumer_code_is_reported_once() =>
        Run(ConsumerGens.Case, DiagnosticCases, async (@case, counts) => await ConsumerVerifier.DiagnosticsAsync(@case, counts));

    [Fact]
    public void Each_single_fix_of_consumer_code_compiles() =>
        Run(ConsumerGens.SmallCase, SingleFixCases, async (@case, counts) =>
        {
            var (project, files, diagnostics) = await ConsumerVerifier.DiagnosticsAsync(@case, counts);
            await ConsumerVerifier.SingleFixesAsync(project, files, diagnostics, counts);
        });

    [Fact]
    public void Fix_All_or_one_fix_after_another_leaves_no_legacy_name_and_compiles() =>
        Run(ConsumerGens.SmallCase.Select(Gen.OneOf(FixAllScope.Document, FixAllScope.Project, FixAllScope.Custom)), FixAllCases, async (@case, counts) =>
        {
            var (project, _, _) = await ConsumerVerifier.DiagnosticsAsync(@case.Item1, counts);
            if (@case.Item2 == FixAllScope.Custom)
            {
                // Custom: no Fix All, but the fix of one diagnostic after another on the same documents.
                await ConsumerVerifier.OneByOneAsync(project, counts);
            }
            else
            {
                await ConsumerVerifier.FixAllAsync(project, @case.Item2, counts);
            }
        });

    private void Run<T>(Gen<T> gen, int cases, Func<T, ConsumerCounts, Task> property)
    {
        var counts = new ConsumerCounts();
        var clock = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Infrastructure.FixedSeries.Sample(
            gen,
            @case => property(@case, counts).GetAwaiter().GetResult(),
            Cases(cases),
            output.WriteLine,
            @case => @case!.ToString()!);

        // The processor time beside the wall time: the machines that run this are shared, and the wall time says how busy they were.
        output.WriteLine(counts + " in " + Seconds(clock.Elapsed) + " s (processor time " + Seconds(Process.GetCurrentProcess().TotalProcessorTime - cpu) + " s)");
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static long Cases(int defaultCases) =>
        long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), NumberStyles.None, CultureInfo.InvariantCulture, out long iterations) && iterations > 0
            ? iterations
            : defaultCases;
}
