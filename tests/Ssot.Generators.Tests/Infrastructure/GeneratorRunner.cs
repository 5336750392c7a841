using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Analysis;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>Runs the generator, then every analyzer and suppressor of the package over its output, the way a build does.</summary>
public static class GeneratorRunner
{
    public static GeneratorResult Run(string source, TestCompilation? options = null) => Run((options ?? new TestCompilation()).Create(source), options);

    public static GeneratorResult Run(CSharpCompilation compilation, TestCompilation? options = null)
    {
        GeneratorDriver driver = CreateDriver(compilation);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        CompilationWithAnalyzers analyzed = WithAnalyzers(output, options);
        ImmutableArray<Diagnostic> analyzerDiagnostics = analyzed
            .GetAnalyzerDiagnosticsAsync([analyzed.Analyzers.OfType<CanonicalUsageAnalyzer>().Single()], CancellationToken.None)
            .GetAwaiter()
            .GetResult();
        ImmutableArray<Diagnostic> all = analyzed.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return new GeneratorResult(compilation, output, driver.GetRunResult(), analyzerDiagnostics, all);
    }

    /// <summary>Every analyzer and suppressor the package ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        [new CanonicalUsageAnalyzer(), new LegacyReferenceAnalyzer(), new LegacyUsingAnalyzer(), new ManualRegistrationAnalyzer(), new LegacyBudgetAnalyzer(), new LegacyMemberAnalyzer(), new LegacyNameUsageAnalyzer(), new LegacyReferenceSuppressor()];

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, TestCompilation? options = null, bool logAnalyzerExecutionTime = false)
    {
        var analyzerOptions = new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty,
            new TestAnalyzerConfigOptions(options?.GlobalOptions ?? new Dictionary<string, string>()));
        return compilation.WithAnalyzers(
            Analyzers(),
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logAnalyzerExecutionTime, reportSuppressedDiagnostics: false));
    }

    public static GeneratorDriver CreateDriver(CSharpCompilation compilation) =>
        CSharpGeneratorDriver.Create(
            [new CanonicalGenerator().AsSourceGenerator()],
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees[0].Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}
