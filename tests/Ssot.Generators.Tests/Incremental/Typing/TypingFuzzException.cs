using System;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>A typing chain after which the kept driver's output differs from a fresh driver's.</summary>
/// <param name="message">The difference, then <paramref name="shrunk"/> as <see cref="TypingChain.Parse"/> reads it.</param>
/// <param name="shrunk">The shortest failing chain the shrinker found.</param>
internal sealed class TypingFuzzException(string message, TypingChain shrunk) : Exception(message)
{
    public TypingChain Shrunk { get; } = shrunk;
}
