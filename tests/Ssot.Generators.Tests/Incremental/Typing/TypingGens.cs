using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// Random typing chains: a project opened with a few knobs off their start, then a few dozen edits. Each edit moves its
/// knob to another choice than the one it has when typed (no edit is lost to setting a knob to what it already is), and
/// is then written down as the choice it set, so the chain replays and shrinks as a list of plain settings.
/// </summary>
internal static class TypingGens
{
    public const int MinimumEdits = 28;

    /// <summary>A knob of the opened project: any knob, those set only there as often as the rarest others.</summary>
    public static Gen<TypingEdit> StartEdit { get; } = Gen.Frequency(
        Knobs.All.Select(spec => (System.Math.Max(1, spec.Weight), (IGen<TypingEdit>)Gen.Int[0, spec.Choices.Length - 1].Select(choice => new TypingEdit(spec.Knob, choice)))).ToArray());

    /// <summary>A knob (by its weight) and how many choices on from its current one it moves.</summary>
    public static Gen<(Knob Knob, int Step)> Move { get; } = Gen.Frequency(
        Knobs.All.Where(spec => spec.Weight > 0)
            .Select(spec => (spec.Weight, (IGen<(Knob, int)>)Gen.Int[1, spec.Choices.Length - 1].Select(step => (spec.Knob, step))))
            .ToArray());

    public static Gen<TypingChain> Chain { get; } =
        from start in StartEdit.Array[0, 8]
        from moves in Move.Array[MinimumEdits, MinimumEdits + 12]
        select Resolve(start.ToImmutableArray(), moves);

    /// <summary>The chain whose edits set what <paramref name="moves"/> move to, typed from the project the start opens.</summary>
    private static TypingChain Resolve(ImmutableArray<TypingEdit> start, IEnumerable<(Knob Knob, int Step)> moves)
    {
        var chain = new TypingChain(start, []);
        TypingProject project = chain.Opened;
        ImmutableArray<TypingEdit>.Builder edits = ImmutableArray.CreateBuilder<TypingEdit>();
        foreach ((Knob knob, int step) in moves)
        {
            var edit = new TypingEdit(knob, (project.ChoiceOf(knob) + step) % Knobs.Of(knob).Choices.Length);
            edits.Add(edit);
            project = project.With(edit);
        }

        return chain with { Edits = edits.ToImmutable() };
    }
}
