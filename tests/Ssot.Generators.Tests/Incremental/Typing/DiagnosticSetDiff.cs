using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>Compares two runs' diagnostics as sets of ID, severity, suppression, location and message.</summary>
internal static class DiagnosticSetDiff
{
    /// <summary><see langword="null"/> when both sets are equal; else what only one side reported.</summary>
    public static string? Describe(string what, IEnumerable<Diagnostic> incremental, IEnumerable<Diagnostic> fresh)
    {
        var left = new HashSet<string>(incremental.Select(Key), StringComparer.Ordinal);
        var right = new HashSet<string>(fresh.Select(Key), StringComparer.Ordinal);
        if (left.SetEquals(right))
        {
            return null;
        }

        return "The " + what + " differ.\n  only incremental:\n" + Lines(left.Except(right)) + "  only fresh:\n" + Lines(right.Except(left));
    }

    /// <summary>What identifies a diagnostic across two compilations that share no object: text, never identity.</summary>
    public static string Key(Diagnostic diagnostic)
    {
        string where = diagnostic.Location.IsInSource
            ? diagnostic.Location.SourceTree!.FilePath + "(" + diagnostic.Location.SourceSpan.Start.ToString(CultureInfo.InvariantCulture)
                + ".." + diagnostic.Location.SourceSpan.End.ToString(CultureInfo.InvariantCulture) + ")"
            : diagnostic.Location.Kind.ToString();
        return diagnostic.Id + " " + diagnostic.Severity + (diagnostic.IsSuppressed ? " (suppressed)" : string.Empty) + " " + where + ": "
            + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }

    private static string Lines(IEnumerable<string> keys) => string.Concat(keys.OrderBy(k => k, StringComparer.Ordinal).Select(k => "    " + k + "\n"));
}
