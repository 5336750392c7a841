using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Xunit;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>Snapshots every generated file of a run, after checking that exactly the expected files were generated.</summary>
public static class GeneratedFiles
{
    /// <summary>
    /// Asserts the run generated exactly <paramref name="hintNames"/> and verifies each against
    /// <c>PREFIX.NAME</c>, where NAME is the hint name without <c>Ssot.</c> and <c>.g.cs</c>.
    /// </summary>
    public static void ShouldAllMatchSnapshots(this GeneratorResult result, string prefix, string[] hintNames, [CallerFilePath] string callerFile = "")
    {
        Assert.Equal(hintNames.OrderBy(h => h, StringComparer.Ordinal), result.Sources.Keys.OrderBy(h => h, StringComparer.Ordinal));
        foreach (string hint in hintNames)
        {
            string name = hint.Substring("Ssot.".Length, hint.Length - "Ssot.".Length - ".g.cs".Length);
            Snapshot.Verify(prefix + "." + name, result.Source(hint), callerFile);
        }
    }
}
