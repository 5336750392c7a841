using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Analysis;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>Runs the generator (and the usage analyzer over its output) the way the compiler does.</summary>
public static class GeneratorRunner
{
    public static GeneratorResult Run(string source, TestCompilation? options = null) => Run((options ?? new TestCompilation()).Create(source));

    public static GeneratorResult Run(CSharpCompilation compilation)
    {
        GeneratorDriver driver = CreateDriver(compilation);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        ImmutableArray<Diagnostic> analyzerDiagnostics = output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CanonicalUsageAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();
        return new GeneratorResult(compilation, output, driver.GetRunResult(), analyzerDiagnostics);
    }

    public static GeneratorDriver CreateDriver(CSharpCompilation compilation) =>
        CSharpGeneratorDriver.Create(
            [new CanonicalGenerator().AsSourceGenerator()],
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees[0].Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}
