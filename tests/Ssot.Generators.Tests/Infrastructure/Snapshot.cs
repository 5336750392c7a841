using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>
/// Compares text with a committed <c>Snapshots/NAME.verified.cs</c>. On a mismatch it writes <c>NAME.received.cs</c>
/// beside it and fails with the first differing lines; with <c>SSOT_ACCEPT_SNAPSHOTS=1</c> it overwrites the snapshot.
/// </summary>
public static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        string directory = Path.Combine(FindProjectDirectory(callerFile), "Snapshots");
        string verified = Path.Combine(directory, name + ".verified.cs");
        string received = Path.Combine(directory, name + ".received.cs");
        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("SSOT_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual);
        string expected = File.Exists(verified) ? File.ReadAllText(verified) : string.Empty;
        throw new XunitException(
            "Snapshot '" + name + "' " + (File.Exists(verified) ? "differs" : "does not exist yet") + ".\n"
            + Diff(expected, actual)
            + "\nReview " + received + " and accept it with SSOT_ACCEPT_SNAPSHOTS=1.");
    }

    private static string FindProjectDirectory(string callerFile)
    {
        for (string? directory = Path.GetDirectoryName(callerFile); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Ssot.Generators.Tests.csproj")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("Cannot find the test project directory from " + callerFile);
    }

    private static string Diff(string expected, string actual)
    {
        string[] left = expected.Split('\n');
        string[] right = actual.Split('\n');
        var text = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.Max(left.Length, right.Length) && shown < 12; i++)
        {
            string l = i < left.Length ? left[i] : "<end>";
            string r = i < right.Length ? right[i] : "<end>";
            if (l != r)
            {
                text.Append("line ").Append(i + 1).Append(":\n  - ").Append(l).Append("\n  + ").Append(r).Append('\n');
                shown++;
            }
        }

        return text.ToString();
    }
}
