namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>Where a chain's incremental output first differed from a fresh run's, and how.</summary>
/// <param name="Step">0 for the project as opened, else the number of edits typed (no-op edits included).</param>
/// <param name="Edit">The edit that led to that step; none at step 0.</param>
/// <param name="Project">The project at that step.</param>
/// <param name="Difference">What differed, with excerpts.</param>
internal sealed record DifferentialMismatch(int Step, TypingEdit? Edit, TypingProject Project, string Difference)
{
    public override string ToString() =>
        (Step == 0 ? "As opened" : "After edit " + Step + " (" + Edit + ")") + ", the kept driver's output differs from a fresh driver's.\n"
        + Difference + "\nThe project at that point (knobs off their start): " + Project + "\n";
}
