using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// A project and the edits typed into it: <see cref="Start"/> is applied to <see cref="TypingProject.Start"/> at once (the
/// project as first opened), then each of <see cref="Edits"/> in turn. <see cref="ToString"/> prints it in the form
/// <see cref="Parse"/> reads, so a failing chain can be pasted into a test and replayed.
/// </summary>
internal sealed record TypingChain(ImmutableArray<TypingEdit> Start, ImmutableArray<TypingEdit> Edits)
{
    public TypingProject Opened => Start.Aggregate(TypingProject.Start, (project, edit) => project.With(edit));

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("start: ").Append(string.Join("; ", Start)).Append('\n');
        foreach (TypingEdit edit in Edits)
        {
            text.Append("edit: ").Append(edit).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a chain: a <c>start: K=V; K=V</c> line, then one <c>edit: K=V</c> line per edit.</summary>
    public static TypingChain Parse(string text)
    {
        var start = ImmutableArray.CreateBuilder<TypingEdit>();
        var edits = ImmutableArray.CreateBuilder<TypingEdit>();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.StartsWith("start:", StringComparison.Ordinal))
            {
                start.AddRange(line.Substring("start:".Length).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(TypingEdit.Parse));
            }
            else if (line.StartsWith("edit:", StringComparison.Ordinal))
            {
                edits.Add(TypingEdit.Parse(line.Substring("edit:".Length)));
            }
            else if (line.Length > 0)
            {
                throw new FormatException("Not a line of a typing chain: '" + line + "'.");
            }
        }

        return new TypingChain(start.ToImmutable(), edits.ToImmutable());
    }
}
