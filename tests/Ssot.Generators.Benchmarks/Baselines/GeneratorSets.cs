using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Analysis;

namespace Ssot.Generators.Benchmarks.Baselines;

/// <summary>
/// The generators and analyzers each benchmark runs: ours, the floors, the trivial emitter, and the peers from their
/// packages.
/// </summary>
public static class GeneratorSets
{
    private static readonly ConcurrentDictionary<string, ImmutableArray<ISourceGenerator>> Loaded = new();

    public static ImmutableArray<ISourceGenerator> Floor => [new FloorGenerator().AsSourceGenerator()];

    public static ImmutableArray<ISourceGenerator> TrivialEmitter => [new TrivialEmitterGenerator().AsSourceGenerator()];

    public static ImmutableArray<ISourceGenerator> Ssot => [new CanonicalGenerator().AsSourceGenerator()];

    /// <summary>Every generator of CommunityToolkit.Mvvm (the package ships them in one assembly, all of them run).</summary>
    public static ImmutableArray<ISourceGenerator> Mvvm => LoadPeer("CommunityToolkit.Mvvm", "CommunityToolkit.Mvvm.SourceGenerators.dll");

    /// <summary>The .NET team's LoggerMessage generator, shipped inside Microsoft.Extensions.Logging.Abstractions.</summary>
    public static ImmutableArray<ISourceGenerator> LoggerMessage => LoadPeer("Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Logging.Generators.dll");

    public static ImmutableArray<DiagnosticAnalyzer> SsotAnalyzers =>
        [new CanonicalUsageAnalyzer(), new LegacyReferenceAnalyzer(), new LegacyUsingAnalyzer(), new ManualRegistrationAnalyzer(), new LegacyBudgetAnalyzer(), new LegacyReferenceSuppressor()];

    public static ImmutableArray<DiagnosticAnalyzer> FloorAnalyzers => [new FloorAnalyzer()];

    /// <summary>
    /// The analyzer DLL of a package for the Roslyn this process runs: the highest <c>analyzers/dotnet/roslynX.Y/cs</c>
    /// folder not newer than it, which is the folder the package's own targets hand to the compiler.
    /// </summary>
    public static string PeerAnalyzerPath(string packageId, string dllName)
    {
        Version host = typeof(Compilation).Assembly.GetName().Version!;
        string analyzers = Workload.Workload.PackageFile(packageId, "analyzers/dotnet");
        string folder = Directory.GetDirectories(analyzers, "roslyn*")
            .Select(d => (Path: d, Version: Version.Parse(Path.GetFileName(d).Substring("roslyn".Length))))
            .Where(d => d.Version <= new Version(host.Major, host.Minor))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Path)
            .FirstOrDefault()
            ?? throw new InvalidOperationException("No analyzer folder of " + packageId + " fits Roslyn " + host);
        return Path.Combine(folder, "cs", dllName);
    }

    private static ImmutableArray<ISourceGenerator> LoadPeer(string packageId, string dllName) =>
        Loaded.GetOrAdd(PeerAnalyzerPath(packageId, dllName), static path =>
        {
            var reference = new AnalyzerFileReference(path, AnalyzerDirectoryLoader.Instance);
            string? failure = null;
            reference.AnalyzerLoadFailed += (_, e) => failure ??= e.Message;
            ImmutableArray<ISourceGenerator> generators = reference.GetGenerators(LanguageNames.CSharp);
            return failure is null && !generators.IsEmpty
                ? generators
                : throw new InvalidOperationException("Cannot load the generators of " + path + ": " + (failure ?? "none found"));
        });
}
