using System.Collections.Immutable;

namespace Ssot.Generators.Tests.Differential;

/// <summary>One line of the consumer's transcript: a label, and the statements of the method that computes it.</summary>
internal sealed record ConsumerStep(string Label, ImmutableArray<string> Body);
