using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>
/// Test sources mark each legacy reference with <c>/*!*/</c> right before the (qualified) name the compiler reports; these
/// helpers turn the markers into expected locations and compare them with what was reported.
/// </summary>
public static class LegacyReferences
{
    public const string Marker = "/*!*/";

    /// <summary>Where a diagnostic is expected for each marker of a source: <c>SourceN.cs(line,column)</c>, 1-based.</summary>
    public static IReadOnlyList<string> ExpectedLocations(string source, int sourceIndex)
    {
        var locations = new List<string>();
        string[] lines = source.Split('\n');
        for (int line = 0; line < lines.Length; line++)
        {
            for (int at = lines[line].IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = lines[line].IndexOf(Marker, at + 1, StringComparison.Ordinal))
            {
                locations.Add("Source" + sourceIndex + ".cs(" + (line + 1) + "," + (at + Marker.Length + 1) + ")");
            }
        }

        return locations;
    }

    /// <summary>
    /// Asserts that diagnostic <paramref name="id"/> is reported exactly once per marker of <paramref name="source"/>
    /// (the compilation's source number <paramref name="sourceIndex"/>), nowhere else, with the given severity and
    /// on source text that starts with <paramref name="legacyName"/> (the name as written there). SSOT0001 stands for a
    /// legacy reference wherever it is reported: as SSOT0001, or as SSOT0005 in the shipped API of the assembly that
    /// declares the canonical type.
    /// </summary>
    public static void ShouldBeReportedAtMarkers(this GeneratorResult result, string id, string severity, string source, int sourceIndex, string legacyName)
    {
        IReadOnlyList<string> reported = id == "SSOT0001" ? [.. result.DiagnosticsWithId(id), .. result.DiagnosticsWithId("SSOT0005")] : result.DiagnosticsWithId(id);
        IReadOnlyList<string> expected = ExpectedLocations(source, sourceIndex);
        Assert.NotEmpty(expected);

        List<string> actualLocations = reported.Select(d => d.Split(' ')[2]).OrderBy(l => l, StringComparer.Ordinal).ToList();
        Assert.True(
            expected.OrderBy(l => l, StringComparer.Ordinal).SequenceEqual(actualLocations),
            id + " expected at\n  " + string.Join("\n  ", expected) + "\nbut reported:\n  " + string.Join("\n  ", reported));
        Assert.All(reported, d => Assert.Equal(severity, d.Split(' ')[1]));
        Assert.All(reported, d => Assert.Contains(" [" + legacyName, d, StringComparison.Ordinal));
    }
}
