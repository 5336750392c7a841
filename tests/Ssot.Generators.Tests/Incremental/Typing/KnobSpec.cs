using System.Collections.Immutable;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// A knob's choices, the first being its value in the starting project, and how often an edit picks it: a knob of weight
/// 0 is set only when the project is opened, never while typing.
/// </summary>
internal sealed record KnobSpec(Knob Knob, int Weight, ImmutableArray<string> Choices);
