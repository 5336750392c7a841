using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Benchmarks.Baselines;

namespace Ssot.Generators.Benchmarks.Workload;

/// <summary>
/// One synthetic project: <see cref="Files"/> files of the <see cref="Variant"/>, every 100/<see cref="MarkedPercent"/>th
/// of them marked, built in memory against the .NET 10 reference assemblies, the attributes assembly and the libraries
/// the peers' attributes live in.
/// </summary>
public sealed class Workload
{
    private static readonly ConcurrentDictionary<(WorkloadVariant, int, int, bool), Workload> Cache = new();

    private Workload(WorkloadVariant variant, int files, int markedPercent, bool legacyReferences)
    {
        Variant = variant;
        Files = files;
        MarkedPercent = markedPercent;
        LegacyReferences = legacyReferences;
        Compilation = CSharpCompilation.Create(
            "Bench.Project",
            Enumerable.Range(0, files).Select(i => Parse(Write(BaseShape(i)), i)).ToArray(),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,

                // One thread, so that time is work done and the ratios do not depend on how many cores bind in parallel.
                concurrentBuild: false));
    }

    public WorkloadVariant Variant { get; }

    public int Files { get; }

    public int MarkedPercent { get; }

    /// <summary>Whether 1% of the files (those numbered 50 mod 100) name the legacy type of the file 50 before them.</summary>
    public bool LegacyReferences { get; }

    /// <summary>
    /// The project as it stands before any scenario edits it, with no generated file. Built once per process: a run
    /// measures <see cref="FreshlyParsed()"/> copies of it, never this one.
    /// </summary>
    public CSharpCompilation Compilation { get; }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static IReadOnlyList<MetadataReference> References { get; } = CreateReferences();

    /// <summary>The workload for the parameters, built once per process.</summary>
    public static Workload Get(int files, int markedPercent, bool legacyReferences = false, WorkloadVariant variant = WorkloadVariant.Heavy) =>
        Cache.GetOrAdd((variant, files, markedPercent, legacyReferences), key => new Workload(key.Item1, key.Item2, key.Item3, key.Item4));

    public bool IsMarked(int index) => MarkedPercent > 0 && index % (100 / MarkedPercent) == 0;

    /// <summary>How a file looks before any edit.</summary>
    public FileShape BaseShape(int index) =>
        new(index, IsMarked(index), LegacyTarget: LegacyReferences && index % 100 == 50 && IsMarked(index - 50) ? index - 50 : null);

    /// <summary>
    /// The project parsed anew: references shared, every syntax tree (and so every symbol) new, so nothing a generator,
    /// an analyzer or the compiler kept for an earlier run's trees or compilation is found again.
    /// </summary>
    public CSharpCompilation FreshlyParsed() => FreshlyParsed(Compilation);

    /// <summary>The compilation with each of its trees parsed anew from its text, in the same order and with the same path.</summary>
    public static CSharpCompilation FreshlyParsed(CSharpCompilation compilation) =>
        compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
            compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)).ToArray());

    /// <summary>The compilation with one file rewritten to <paramref name="shape"/> (a new tree, the way an editor hands one over).</summary>
    public CSharpCompilation WithFile(CSharpCompilation compilation, FileShape shape)
    {
        SyntaxTree old = compilation.SyntaxTrees[shape.Index];
        if (old.FilePath != SourceFactory.Path(shape.Index))
        {
            old = compilation.SyntaxTrees.Single(t => t.FilePath == SourceFactory.Path(shape.Index));
        }

        return compilation.ReplaceSyntaxTree(old, Parse(Write(shape), shape.Index));
    }

    /// <summary>The text of a file of this project's variant.</summary>
    public string Write(FileShape shape) => Variant == WorkloadVariant.Light ? LightSourceFactory.Write(shape) : SourceFactory.Write(shape);

    /// <summary>The compilation a build analyzes: the project plus what <see cref="CanonicalGenerator"/> generates for it.</summary>
    public CSharpCompilation WithGeneratedSources()
    {
        GeneratorDriver driver = Drivers.Create(GeneratorSets.Ssot);
        driver.RunGeneratorsAndUpdateCompilation(Compilation, out Compilation output, out _);
        return (CSharpCompilation)output;
    }

    private static SyntaxTree Parse(string text, int index) => CSharpSyntaxTree.ParseText(text, ParseOptions, SourceFactory.Path(index));

    private static List<MetadataReference> CreateReferences()
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All)
        {
            MetadataReference.CreateFromFile(typeof(CanonicalAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(PackageFile("CommunityToolkit.Mvvm", "lib/net8.0/CommunityToolkit.Mvvm.dll")),
            MetadataReference.CreateFromFile(PackageFile("Microsoft.Extensions.Logging.Abstractions", "lib/net10.0/Microsoft.Extensions.Logging.Abstractions.dll")),
            MetadataReference.CreateFromFile(PackageFile("Microsoft.Extensions.DependencyInjection.Abstractions", "lib/net10.0/Microsoft.Extensions.DependencyInjection.Abstractions.dll")),
        };
        return references;
    }

    /// <summary>A file of a restored package, from the package folders recorded at build time.</summary>
    public static string PackageFile(string packageId, string relativePath)
    {
        string folder = typeof(Workload).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "Package:" + packageId)?.Value
            ?? throw new InvalidOperationException("No package folder recorded for " + packageId + ": restore the benchmark project.");
        string path = Path.Combine(folder, relativePath);
        return File.Exists(path) || Directory.Exists(path) ? path : throw new FileNotFoundException("Not in the restored package " + packageId, path);
    }
}
