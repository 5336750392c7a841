using System;
using System.Globalization;
using CsCheck;
using Xunit;
using Xunit.Abstractions;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// The generator over random canonical types (see <see cref="CaseVerifier"/> for the property, <see cref="TypeGens"/>
/// for what is generated).
/// </summary>
/// <remarks>
/// Each run checks the same fixed series of cases (<see cref="Infrastructure.FixedSeries"/>); <c>SSOT_PROPERTY_RANDOM=1</c>
/// runs random ones, and on failure CsCheck shrinks to a small case and prints it with its seed:
/// <c>Set seed: "…" or -e CsCheck_Seed=…</c>.
/// To replay exactly that case: <c>CsCheck_Seed=… dotnet test tests/Ssot.Generators.Tests --filter
/// FullyQualifiedName~GeneratorPropertyTests</c>, or pass <c>seed: "…"</c> to <c>Sample</c> below while debugging.
/// <c>CsCheck_Iter=5000</c> runs more cases (the default is <see cref="DefaultCases"/>).
/// </remarks>
public sealed class GeneratorPropertyTests(ITestOutputHelper output)
{
    public const int DefaultCases = 500;

    [Fact]
    public void Random_canonical_types_build_cleanly_and_generate_the_same_text_in_every_run_and_culture()
    {
        Infrastructure.FixedSeries.Sample(
            CaseGens.Case,
            @case => CaseVerifier.Verify(ExecuteWithin(CaseTimeout, @case)),
            Cases(),
            output.WriteLine,
            @case => @case.ToString());
    }

    /// <summary>A case takes well under a second; one that takes this long hangs (in the product or the case generator).</summary>
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs a case, turning a hang into a failure CsCheck can shrink and report.</summary>
    internal static CaseRun ExecuteWithin(TimeSpan timeout, CanonicalCase @case)
    {
        var run = System.Threading.Tasks.Task.Run(() => CaseRun.Execute(@case));
        return run.Wait(timeout) ? run.Result : throw new PropertyException("The case did not finish within " + timeout.TotalSeconds + " s.");
    }

    /// <summary>The number of cases: <c>CsCheck_Iter</c> when set, else <see cref="DefaultCases"/>.</summary>
    internal static long Cases() =>
        long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), NumberStyles.None, CultureInfo.InvariantCulture, out long iterations) && iterations > 0
            ? iterations
            : DefaultCases;
}
