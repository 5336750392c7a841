using System.Collections.Concurrent;
using System.Linq;
using CsCheck;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Properties;

/// <summary>The fixed series the property tests run in CI: the same cases every run, and a failing one fails the test.</summary>
public sealed class FixedSeriesTests
{
    [Fact]
    public void Two_runs_check_the_same_cases()
    {
        var first = new ConcurrentBag<int>();
        var second = new ConcurrentBag<int>();

        FixedSeries.Sample(Gen.Int[0, 1_000_000], first.Add, 50, _ => { }, i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        FixedSeries.Sample(Gen.Int[0, 1_000_000], second.Add, 50, _ => { }, i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(50, first.Count);
        Assert.Equal(first.Order(), second.Order());
        Assert.True(first.Distinct().Count() > 40);
    }

    [Fact]
    public void A_failing_case_fails_the_run_and_names_the_seed_that_replays_it()
    {
        var failure = Assert.ThrowsAny<System.Exception>(() => FixedSeries.Sample(
            Gen.Int[0, 99],
            i => Assert.True(i % 10 != 3),
            200,
            _ => { },
            i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("CsCheck_Seed=", failure.Message, System.StringComparison.Ordinal);
        Assert.Contains(" of 200 cases", failure.Message, System.StringComparison.Ordinal);
    }
}
