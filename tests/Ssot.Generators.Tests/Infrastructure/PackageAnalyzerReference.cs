using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>
/// The package's analyzer assembly as a workspace project references it: the generator and every analyzer and
/// suppressor, so that a workspace compilation has the shims and its diagnostics are the build's.
/// </summary>
public sealed class PackageAnalyzerReference : AnalyzerReference
{
    // The workspace keys its generator state by instance: every call must return the same objects.
    private readonly ImmutableArray<ISourceGenerator> _generators = [new CanonicalGenerator().AsSourceGenerator()];
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = GeneratorRunner.Analyzers();

    public override string FullPath => typeof(CanonicalGenerator).Assembly.Location;

    public override string Display => "Ssot.Generators";

    public override object Id => this;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => _analyzers;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => _analyzers;

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => _generators;
}
