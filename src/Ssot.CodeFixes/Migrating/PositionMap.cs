using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.CodeFixes.Migrating;

/// <summary>Maps a position in a rewritten text back to the original text: a position inside a change maps to the change's start.</summary>
internal sealed class PositionMap
{
    public static readonly PositionMap Identity = new([]);

    // Each change as (start in the new text, end in the new text, start in the old text, end in the old text).
    private readonly List<(int NewStart, int NewEnd, int OldStart, int OldEnd)> _changes;

    public PositionMap(IEnumerable<TextChange> changes)
    {
        _changes = [];
        int delta = 0;
        foreach (TextChange change in changes.OrderBy(c => c.Span.Start))
        {
            int newStart = change.Span.Start + delta;
            int newLength = change.NewText?.Length ?? 0;
            _changes.Add((newStart, newStart + newLength, change.Span.Start, change.Span.End));
            delta += newLength - change.Span.Length;
        }
    }

    public int ToOld(int position)
    {
        int delta = 0;
        foreach ((int newStart, int newEnd, int oldStart, int oldEnd) in _changes)
        {
            if (position < newStart)
            {
                break;
            }

            if (position < newEnd)
            {
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
}
