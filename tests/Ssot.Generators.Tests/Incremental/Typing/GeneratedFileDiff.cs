using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>Says how two runs' generated files differ: hint names, order, then the first differing line of a file.</summary>
internal static class GeneratedFileDiff
{
    private const int ContextLines = 3;

    /// <summary><see langword="null"/> when both runs generated the same files, in the same order, with the same text.</summary>
    public static string? Describe(IReadOnlyList<(string Hint, string Text)> incremental, IReadOnlyList<(string Hint, string Text)> fresh)
    {
        string[] incrementalHints = incremental.Select(f => f.Hint).ToArray();
        string[] freshHints = fresh.Select(f => f.Hint).ToArray();
        if (!incrementalHints.OrderBy(h => h, StringComparer.Ordinal).SequenceEqual(freshHints.OrderBy(h => h, StringComparer.Ordinal)))
        {
            return "Generated files differ.\n  only incremental: " + string.Join(", ", incrementalHints.Except(freshHints))
                + "\n  only fresh:       " + string.Join(", ", freshHints.Except(incrementalHints));
        }

        foreach ((string hint, string text) in incremental)
        {
            string freshText = fresh.First(f => f.Hint == hint).Text;
            if (text != freshText)
            {
                return "Generated file " + hint + " differs.\n" + FirstDifference(text, freshText);
            }
        }

        // Same files, same texts: the order still decides the order of the output compilation's trees.
        return incrementalHints.SequenceEqual(freshHints)
            ? null
            : "Generated files come in another order.\n  incremental: " + string.Join(", ", incrementalHints) + "\n  fresh:       " + string.Join(", ", freshHints);
    }

    private static string FirstDifference(string incremental, string fresh)
    {
        string[] left = incremental.Split('\n');
        string[] right = fresh.Split('\n');
        int line = 0;
        while (line < left.Length && line < right.Length && left[line] == right[line])
        {
            line++;
        }

        var text = new StringBuilder();
        text.Append("  first difference at line ").Append(line + 1).Append(":\n");
        Excerpt(text, "incremental", left, line);
        Excerpt(text, "fresh", right, line);
        return text.ToString();
    }

    private static void Excerpt(StringBuilder text, string label, string[] lines, int at)
    {
        text.Append("  --- ").Append(label).Append('\n');
        for (int i = Math.Max(0, at - ContextLines); i < Math.Min(lines.Length, at + ContextLines + 1); i++)
        {
            text.Append(i == at ? "  > " : "    ").Append(lines[i]).Append('\n');
        }
    }
}
