using System;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// Sets one knob to one of its choices. An edit names its value, not a change from the one before, so any
/// subsequence of a chain of edits is a chain too: what lets a failing chain shrink.
/// </summary>
internal readonly record struct TypingEdit(Knob Knob, int Choice)
{
    public string Label => Knobs.Of(Knob).Choices[Choice];

    public override string ToString() => Knob + "=" + Label;

    /// <summary>Reads back what <see cref="ToString"/> wrote: <c>Knob=Choice</c>.</summary>
    public static TypingEdit Parse(string text)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0 || !Enum.TryParse(text.AsSpan(0, equals).Trim(), out Knob knob))
        {
            throw new FormatException("Not an edit: '" + text + "'. Expected Knob=Choice.");
        }

        string label = text.Substring(equals + 1).Trim();
        int choice = Knobs.Of(knob).Choices.IndexOf(label);
        return choice >= 0
            ? new TypingEdit(knob, choice)
            : throw new FormatException("'" + label + "' is not a choice of " + knob + ": " + string.Join(" | ", Knobs.Of(knob).Choices));
    }
}
