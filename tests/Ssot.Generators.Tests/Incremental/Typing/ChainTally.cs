namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>What typing a chain exercised: counted so a test can tell a chain that checked much from one that checked little.</summary>
/// <param name="Edits">Edits that changed what the compiler sees: a file, the parse or compilation options, the references.</param>
/// <param name="OutputChanges">Edits after which the generated files (names or text) differ from the step before.</param>
/// <param name="DiagnosticChanges">Edits after which the analyzer, suppressor and compiler diagnostics differ from the step before.</param>
internal readonly record struct ChainTally(int Edits, int OutputChanges, int DiagnosticChanges)
{
    public static ChainTally operator +(ChainTally left, ChainTally right) =>
        new(left.Edits + right.Edits, left.OutputChanges + right.OutputChanges, left.DiagnosticChanges + right.DiagnosticChanges);

    public override string ToString() =>
        Edits + " edits typed; " + OutputChanges + " changed the generated files, " + DiagnosticChanges + " the diagnostics";
}
