using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// Whether a build passes the way the README's project file sets it up: warnings are errors, except the IDs in
/// <c>WarningsNotAsErrors</c> — the README's SSOT0001–SSOT0003 and the contract's SSOT0005–SSOT0006. Info never fails.
/// </summary>
internal static class BuildCheck
{
    public static readonly ImmutableHashSet<string> WarningsNotAsErrors = ["SSOT0001", "SSOT0002", "SSOT0003", "SSOT0005", "SSOT0006"];

    /// <summary>The diagnostics that fail the build.</summary>
    public static IReadOnlyList<Diagnostic> Failing(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => !d.IsSuppressed)
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && !WarningsNotAsErrors.Contains(d.Id)))
            .ToList();

    /// <summary>One finding per failing diagnostic ID, each listing where it was reported (with the source line).</summary>
    public static IEnumerable<Finding> Findings(string build, GeneratorResult result)
    {
        foreach (System.Exception exception in result.Run.Results.Select(r => r.Exception).OfType<System.Exception>())
        {
            yield return new Finding(build + " does not build: the generator threw", exception.ToString());
        }

        foreach (IGrouping<string, Diagnostic> failing in Failing(result.BuildDiagnostics).GroupBy(d => d.Id).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            yield return new Finding(build + " does not build: " + failing.Key, string.Join("\n", failing.Take(6).Select(Describe)));
        }
    }

    /// <summary>A diagnostic with the line of source it is on, so a report can be read without the case at hand.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        string line = diagnostic.Location.IsInSource
            ? "\n      | " + diagnostic.Location.SourceTree!.GetText().Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim()
            : string.Empty;
        return "  " + GeneratorResult.Describe(diagnostic) + line;
    }

    public static bool HasErrors(GeneratorResult result) =>
        result.Output.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) || result.Run.Results.Any(r => r.Exception is not null);
}
