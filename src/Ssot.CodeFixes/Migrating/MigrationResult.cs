using Microsoft.CodeAnalysis;

namespace Ssot.CodeFixes.Migrating;

/// <summary>A rewritten solution shown to compile, and how the action that applies it is titled.</summary>
internal sealed class MigrationResult
{
    public MigrationResult(Solution solution, string title)
    {
        Solution = solution;
        Title = title;
    }

    public Solution Solution { get; }

    public string Title { get; }
}
