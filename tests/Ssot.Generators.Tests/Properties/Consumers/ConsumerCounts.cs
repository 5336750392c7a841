using System.Threading;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>What the consumer properties checked, summed over the cases of a run (printed in the test output).</summary>
internal sealed class ConsumerCounts
{
    private int _cases;
    private int _references;
    private int _usings;
    private int _singleFixes;
    private int _fixAlls;

    public void Case(int references, int usings)
    {
        Interlocked.Increment(ref _cases);
        Interlocked.Add(ref _references, references);
        Interlocked.Add(ref _usings, usings);
    }

    public int SingleFixes => Volatile.Read(ref _singleFixes);

    public void SingleFix() => Interlocked.Increment(ref _singleFixes);

    public void FixAll() => Interlocked.Increment(ref _fixAlls);

    public override string ToString() =>
        _cases + " cases, " + _references + " legacy references and " + _usings + " legacy using lines, "
        + _singleFixes + " single fixes applied, " + _fixAlls + " Fix All runs applied";
}
