using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.CodeFixes.Migrating;

/// <summary>
/// Maps a position in a rewritten text back to the original text. The workspace's diff of a rewritten document can be
/// one change from the first rewritten name to the end of the enclosing members; within a change, the tokens both
/// texts share (their longest common subsequence) map to each other, and any other position maps to the change's start.
/// </summary>
internal sealed class PositionMap
{
    public static readonly PositionMap Identity = new([]);

    // Beyond this many token pairs in one change, only its ends are mapped (a rewrite changes a few names, not whole files).
    private const long MaxTokenPairs = 4_000_000;

    // Each change as (start in the new text, end in the new text, start in the old text, end in the old text, tokens both share).
    private readonly List<(int NewStart, int NewEnd, int OldStart, int OldEnd, List<(int NewStart, int OldStart, int Length)> Shared)> _changes;

    public PositionMap(IEnumerable<TextChange> changes, SourceText? oldText = null)
    {
        _changes = [];
        int delta = 0;
        foreach (TextChange change in changes.OrderBy(c => c.Span.Start))
        {
            int newStart = change.Span.Start + delta;
            string newText = change.NewText ?? string.Empty;
            List<(int, int, int)> shared = oldText is null ? [] : SharedTokens(oldText.ToString(change.Span), newText, newStart, change.Span.Start);
            _changes.Add((newStart, newStart + newText.Length, change.Span.Start, change.Span.End, shared));
            delta += newText.Length - change.Span.Length;
        }
    }

    public int ToOld(int position)
    {
        int delta = 0;
        foreach ((int newStart, int newEnd, int oldStart, int oldEnd, List<(int NewStart, int OldStart, int Length)> shared) in _changes)
        {
            if (position < newStart)
            {
                break;
            }

            if (position < newEnd)
            {
                foreach ((int tokenNew, int tokenOld, int length) in shared)
                {
                    if (position >= tokenNew && position < tokenNew + length)
                    {
                        return tokenOld + (position - tokenNew);
                    }
                }

                return oldStart;
            }

            delta = oldEnd - newEnd;
        }

        return position + delta;
    }

    public TextSpan ToOld(TextSpan span)
    {
        int start = ToOld(span.Start);
        return new TextSpan(start, System.Math.Max(0, ToOld(span.End) - start));
    }

    /// <summary>The tokens the old and the new text of a change share, in order, as absolute positions.</summary>
    private static List<(int NewStart, int OldStart, int Length)> SharedTokens(string oldRegion, string newRegion, int newOffset, int oldOffset)
    {
        var shared = new List<(int, int, int)>();
        List<SyntaxToken> before = SyntaxFactory.ParseTokens(oldRegion).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        List<SyntaxToken> after = SyntaxFactory.ParseTokens(newRegion).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        if (before.Count == 0 || after.Count == 0 || (long)before.Count * after.Count > MaxTokenPairs)
        {
            return shared;
        }

        // Longest common subsequence of the token texts, from the end, so the walk below goes forward.
        int[,] lengths = new int[before.Count + 1, after.Count + 1];
        for (int i = before.Count - 1; i >= 0; i--)
        {
            for (int j = after.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = before[i].Text == after[j].Text
                    ? lengths[i + 1, j + 1] + 1
                    : System.Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        for (int i = 0, j = 0; i < before.Count && j < after.Count;)
        {
            if (before[i].Text == after[j].Text)
            {
                shared.Add((newOffset + after[j].SpanStart, oldOffset + before[i].SpanStart, after[j].Span.Length));
                i++;
                j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
