using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Reads the API files of PublicApiAnalyzers that a project passes as additional files: <c>PublicAPI.Shipped.txt</c>
/// (also <c>PublicAPI.Shipped.*.txt</c>, in any folder, so per-target folders work) and the <c>*REMOVED*</c> lines of
/// <c>PublicAPI.Unshipped.txt</c>, which take a shipped entry out on purpose.
/// </summary>
internal static class PublicApiFileReader
{
    private const string ShippedStem = "PublicAPI.Shipped";
    private const string UnshippedStem = "PublicAPI.Unshipped";
    private const string RemovedPrefix = "*REMOVED*";
    private const char ObliviousMarker = '~';

    /// <summary>Whether any additional file is a shipped API file: the cheap test before anything is read.</summary>
    public static bool HasShippedFile(ImmutableArray<AdditionalText> files)
    {
        foreach (AdditionalText file in files)
        {
            if (IsNamed(file.Path, ShippedStem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every shipped entry (not a blank line, a comment or the <c>#nullable enable</c> header) that no unshipped file removes.</summary>
    public static List<PublicApiLine> ReadShipped(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var shipped = new List<PublicApiLine>();
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (AdditionalText file in files)
        {
            bool isShipped = IsNamed(file.Path, ShippedStem);
            if (!isShipped && !IsNamed(file.Path, UnshippedStem) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            foreach (PublicApiLine line in Entries(file.Path, text))
            {
                if (!line.Text.StartsWith(RemovedPrefix, StringComparison.Ordinal))
                {
                    if (isShipped)
                    {
                        shipped.Add(line);
                    }
                }
                else if (!isShipped)
                {
                    removed.Add(WithoutObliviousMarker(line.Text.Substring(RemovedPrefix.Length)));
                }
            }
        }

        return removed.Count == 0 ? shipped : shipped.FindAll(line => !removed.Contains(WithoutObliviousMarker(line.Text)));
    }

    /// <summary>The entry lines of one file: blank lines, <c>#</c> lines (the nullable header) and <c>//</c> comments are not entries.</summary>
    public static IEnumerable<PublicApiLine> Entries(string path, SourceText text)
    {
        foreach (TextLine line in text.Lines)
        {
            string content = line.ToString();
            string trimmed = content.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            int start = line.Start + content.IndexOf(trimmed[0]);
            var span = new TextSpan(start, trimmed.Length);
            yield return new PublicApiLine(path, span, text.Lines.GetLinePositionSpan(span), trimmed);
        }
    }

    /// <summary>Whether the file is <c>{stem}.txt</c> or <c>{stem}.{anything}.txt</c>, in any folder.</summary>
    private static bool IsNamed(string path, string stem)
    {
        string name = System.IO.Path.GetFileName(path);
        return name.StartsWith(stem, StringComparison.OrdinalIgnoreCase)
            && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && (name.Length == stem.Length + ".txt".Length || name[stem.Length] == '.' && name.Length > stem.Length + ".txt".Length + 1);
    }

    private static string WithoutObliviousMarker(string text) => text.TrimStart(ObliviousMarker);
}
