using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// The property's checks are worth something only if they fail on wrong output: for a fixed sample of random cases
/// (a fixed seed, so the test is deterministic), each output is corrupted the way a generator bug would corrupt it, and
/// <see cref="CaseVerifier"/> must reject every corrupted run while accepting the real one.
/// </summary>
public sealed class PropertyCanFailTests
{
    // One iteration of twelve cases from one seed: the same cases on every run.
    private const string Seed = "2yb2CXyc-YQ1";

    [Fact]
    public void Each_check_rejects_output_corrupted_the_way_a_generator_bug_would()
    {
        int corrupted = 0;
        CaseGens.Case.Array[12].Sample(
            cases =>
            {
                foreach (CanonicalCase @case in cases)
                {
                    CaseRun run = CaseRun.Execute(@case);
                    CaseVerifier.Verify(run);
                    foreach ((string expectedMessage, CaseRun broken) in Corruptions(run))
                    {
                        PropertyException failure = Assert.Throws<PropertyException>(() => CaseVerifier.Verify(broken));
                        Assert.Contains(expectedMessage, failure.Message, StringComparison.Ordinal);
                        corrupted++;
                    }

                    CaseGeneratorException invalid = Assert.Throws<CaseGeneratorException>(() => CaseVerifier.Verify(run with { InputDiagnostics = [Invalid()] }));
                    Assert.Contains("BEFORE generation", invalid.Message, StringComparison.Ordinal);
                }
            },
            seed: Seed,
            iter: 1,
            threads: 1,
            print: cases => string.Join("\n", cases.Select(c => c.ToString())));

        Assert.True(corrupted >= 30, "Only " + corrupted + " corruptions applied: the sample has too few generated files.");
    }

    /// <summary>Each corruption with the words the verifier's failure must contain.</summary>
    private static IEnumerable<(string Message, CaseRun Run)> Corruptions(CaseRun run)
    {
        yield return ("The generator threw", run with { Exceptions = [new InvalidOperationException("corrupted")] });

        if (run.Sources.Count == 0)
        {
            yield break;
        }

        string first = run.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal).First();

        // A '\r\n' line end, as a writer that uses Environment.NewLine or AppendLine produces on Windows.
        yield return ("line break other than", run with { Sources = With(run.Sources, first, run.Sources[first].Replace("\n", "\r\n", StringComparison.Ordinal)) });

        // A culture-dependent character in one culture's run, as ToUpper() under tr-TR would produce.
        (string Label, IReadOnlyDictionary<string, string> Sources) turkish = run.Reruns.Single(r => r.Label == "tr-TR");
        string drifted = turkish.Sources[first].Contains('i', StringComparison.Ordinal) ? ReplaceFirst(turkish.Sources[first], "i", "İ") : turkish.Sources[first] + "İ";
        yield return ("differs in the tr-TR run", run with { Reruns = run.Reruns.Select(r => r.Label == "tr-TR" ? (r.Label, With(r.Sources, first, drifted)) : r).ToList() });

        string? shim = run.Sources.Keys.Where(k => k.StartsWith("Ssot.Shim.", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal).FirstOrDefault();
        if (shim is null || run.Output is null)
        {
            yield break;
        }

        // A shim that silently goes missing (from every run, so only the shim check can see it).
        yield return ("The shims differ", run with
        {
            Sources = Without(run.Sources, shim),
            Reruns = run.Reruns.Select(r => (r.Label, (IReadOnlyDictionary<string, string>)Without(r.Sources, shim))).ToList(),
        });

        // A shim that does not compile: its last closing brace dropped.
        string text = run.Sources[shim];
        yield return ("does not build cleanly", run with { BuildDiagnostics = Rebuild(run.Output, shim, text.Remove(text.LastIndexOf('}'), 1)) });
    }

    private static Diagnostic Invalid() =>
        Diagnostic.Create(new DiagnosticDescriptor("CS0000", "Corrupted", "The case does not compile", "Compiler", DiagnosticSeverity.Error, isEnabledByDefault: true), Location.None);

    /// <summary>The build diagnostics after one generated file is replaced, as a build would show them.</summary>
    private static ImmutableArray<Diagnostic> Rebuild(Compilation output, string hint, string text)
    {
        SyntaxTree tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(hint, StringComparison.Ordinal));
        Compilation broken = output.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath));
        return GeneratorRunner.WithAnalyzers(broken).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .Where(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden)
            .ToImmutableArray();
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> sources, string hint, string text) =>
        sources.ToDictionary(s => s.Key, s => s.Key == hint ? text : s.Value, StringComparer.Ordinal);

    private static Dictionary<string, string> Without(IReadOnlyDictionary<string, string> sources, string hint) =>
        sources.Where(s => s.Key != hint).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }
}
