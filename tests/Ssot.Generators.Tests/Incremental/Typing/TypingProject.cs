using System;
using System.Collections.Immutable;
using System.Linq;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>The typing project as a choice per knob; <see cref="TypingSources"/> writes its files.</summary>
internal sealed class TypingProject : IEquatable<TypingProject>
{
    private readonly ImmutableArray<int> _choices;

    private TypingProject(ImmutableArray<int> choices)
    {
        _choices = choices;
    }

    /// <summary>The project before any edit: every knob at its first choice, a project that builds.</summary>
    public static TypingProject Start { get; } = new(Knobs.All.Select(_ => 0).ToImmutableArray());

    public string this[Knob knob] => Knobs.Of(knob).Choices[ChoiceOf(knob)];

    /// <summary>The index of the knob's choice in <see cref="KnobSpec.Choices"/>.</summary>
    public int ChoiceOf(Knob knob) => _choices[(int)knob];

    /// <summary>Whether the knob is set to <paramref name="choice"/>, which must be one of its choices (a typo throws).</summary>
    public bool Is(Knob knob, string choice)
    {
        KnobSpec spec = Knobs.Of(knob);
        int index = spec.Choices.IndexOf(choice);
        return index >= 0
            ? _choices[(int)knob] == index
            : throw new ArgumentException("'" + choice + "' is not a choice of " + knob + ".", nameof(choice));
    }

    public TypingProject With(TypingEdit edit) =>
        _choices[(int)edit.Knob] == edit.Choice ? this : new TypingProject(_choices.SetItem((int)edit.Knob, edit.Choice));

    public bool Equals(TypingProject? other) => other is not null && _choices.SequenceEqual(other._choices);

    public override bool Equals(object? obj) => Equals(obj as TypingProject);

    public override int GetHashCode() => _choices.Aggregate(17, (hash, choice) => unchecked((hash * 31) + choice));

    /// <summary>The knobs that differ from the starting project, as the edits that set them.</summary>
    public ImmutableArray<TypingEdit> ChangesFromStart() =>
        Enumerable.Range(0, _choices.Length).Where(i => _choices[i] != 0).Select(i => new TypingEdit((Knob)i, _choices[i])).ToImmutableArray();

    public override string ToString() => string.Join("; ", ChangesFromStart());
}
