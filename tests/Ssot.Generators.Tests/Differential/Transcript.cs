using System.Linq;

namespace Ssot.Generators.Tests.Differential;

/// <summary>Runs a compiled consumer with the library resolving, by name, to the image given (in a worker process), and compares transcripts.</summary>
internal static class Transcript
{
    public static string Run(byte[] consumer, byte[] library) => TranscriptWorker.Run(consumer, library);

    /// <summary>The lines that differ, with the expected line first, or null when the transcripts are the same.</summary>
    public static string? Difference(string expected, string actual)
    {
        string[] before = expected.Split('\n');
        string[] after = actual.Split('\n');
        var lines = before.Zip(after).Where(p => p.First != p.Second).Select(p => "  v1: " + p.First + "\n  now: " + p.Second).ToList();
        if (before.Length != after.Length)
        {
            lines.Add("  (" + before.Length + " lines in v1, " + after.Length + " now)");
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>What went wrong on the first line that differs: the exception type the step threw, or a different value.</summary>
    public static string FirstFailure(string expected, string actual)
    {
        (string First, string Second) first = expected.Split('\n').Zip(actual.Split('\n')).FirstOrDefault(p => p.First != p.Second);
        if (first.Second is null)
        {
            return "a different number of lines";
        }

        if (first.Second.StartsWith(TranscriptWorker.CrashMarker, System.StringComparison.Ordinal))
        {
            return "the process crashed";
        }

        int marker = first.Second.IndexOf(" => !", System.StringComparison.Ordinal);
        return marker < 0 ? "a different value" : first.Second.Substring(marker + 5).Split(':')[0];
    }
}
