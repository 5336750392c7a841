using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// Types a <see cref="TypingChain"/> into one generator driver kept across every edit, as the IDE keeps one, and after
/// each edit compares what it generated with what a fresh driver generates for a fresh copy of the same compilation:
/// every generated file's hint name and exact text, the generator's diagnostics, and then the diagnostics of the
/// package's analyzers and suppressor (and the compiler's) over each side's output compilation.
/// </summary>
/// <param name="generator">Makes the generator under test; each driver gets its own instance.</param>
/// <param name="analyzers">Makes the analyzers run over both outputs; none to compare generated output alone.</param>
internal sealed class DifferentialRunner(Func<IIncrementalGenerator> generator, Func<ImmutableArray<DiagnosticAnalyzer>> analyzers)
{
    /// <summary>The product: <see cref="CanonicalGenerator"/> and every analyzer and suppressor of the package.</summary>
    public static DifferentialRunner Product { get; } = new(() => new CanonicalGenerator(), GeneratorRunner.Analyzers);

    /// <summary>Runs the chain; returns the first step whose incremental output differs from a fresh run's, if any.</summary>
    public DifferentialMismatch? FirstMismatch(TypingChain chain) => FirstMismatch(chain, out _);

    /// <param name="chain">The chain to type.</param>
    /// <param name="tally">What the chain exercised, up to its end or its first mismatch.</param>
    public DifferentialMismatch? FirstMismatch(TypingChain chain, out ChainTally tally)
    {
        tally = default;
        TypingProject project = chain.Opened;
        CSharpCompilation compilation = TypingCompilations.Create(project);
        CSharpParseOptions options = TypingCompilations.ParseOptions(project);
        GeneratorDriver driver = CreateDriver(options);
        var seen = new HashSet<Compilation>(ReferenceEqualityComparer.Instance);
        StepOutput? previous = null;
        for (int step = 0; step <= chain.Edits.Length; step++)
        {
            if (step > 0)
            {
                TypingProject next = project.With(chain.Edits[step - 1]);
                if (next.Equals(project))
                {
                    continue;
                }

                tally = tally with { Edits = tally.Edits + (TypingCompilations.Differ(project, next) ? 1 : 0) };
                project = next;
                compilation = TypingCompilations.Derive(compilation, project);
                if (!TypingCompilations.ParseOptions(project).Equals(options))
                {
                    // The IDE hands the driver the project's new parse options, which it parses generated files with.
                    options = TypingCompilations.ParseOptions(project);
                    driver = driver.WithUpdatedParseOptions(options);
                }
            }

            if (!seen.Add(compilation))
            {
                throw new InvalidOperationException("Step " + step + " reuses a compilation the driver has seen: every edit must hand it a new one.");
            }

            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            var kept = new StepOutput(driver.GetRunResult(), generatorDiagnostics, output, analyzers());
            StepOutput fresh = StepOutput.Fresh(CreateDriver(options), TypingCompilations.FreshCopy(compilation), analyzers());
            if (Compare(kept, fresh, options) is { } difference)
            {
                return new DifferentialMismatch(step, step == 0 ? null : chain.Edits[step - 1], project, difference);
            }

            if (previous is not null)
            {
                tally = tally with
                {
                    OutputChanges = tally.OutputChanges + (kept.FilesText == previous.FilesText ? 0 : 1),
                    DiagnosticChanges = tally.DiagnosticChanges + (kept.DiagnosticsText == previous.DiagnosticsText ? 0 : 1),
                };
            }

            previous = kept;
        }

        return null;
    }

    private GeneratorDriver CreateDriver(CSharpParseOptions options) =>
        CSharpGeneratorDriver.Create(
            [generator().AsSourceGenerator()],
            parseOptions: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static string? Compare(StepOutput kept, StepOutput fresh, CSharpParseOptions options)
    {
        GeneratorRunResult keptRun = kept.Run.Results.Single();
        GeneratorRunResult freshRun = fresh.Run.Results.Single();
        if ((keptRun.Exception ?? freshRun.Exception) is { } thrown)
        {
            return "The generator threw (" + (keptRun.Exception is null ? "fresh" : "kept") + " driver): " + thrown;
        }

        string? difference = GeneratedFileDiff.Describe(kept.Files, fresh.Files)
            ?? DiagnosticSetDiff.Describe("generator diagnostics", kept.GeneratorDiagnostics, fresh.GeneratorDiagnostics);
        if (difference is not null)
        {
            return difference;
        }

        // A generated tree kept from before a language version change must be parsed again with the new options.
        if (kept.Run.GeneratedTrees.FirstOrDefault(t => !t.Options.Equals(options)) is { } stale)
        {
            return "The kept driver's generated file " + stale.FilePath + " is parsed with other options than the project's.";
        }

        // An analyzer that throws is a defect even when it throws on both sides alike.
        if (kept.Diagnostics.Concat(fresh.Diagnostics).FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            return "An analyzer threw: " + crash.GetMessage(CultureInfo.InvariantCulture);
        }

        return DiagnosticSetDiff.Describe("analyzer, suppressor and compiler diagnostics", kept.Diagnostics, fresh.Diagnostics);
    }
}
