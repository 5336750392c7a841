using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Benchmarks.Baselines;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Reporting;

/// <summary>
/// <c>--inspect</c>, third part: what each kind of registration our analyzers make costs, each probe being the floor
/// analyzer plus that one registration (doing what ours does in it, minus the reporting), over the compilation a build
/// analyzes. The difference between a probe and the floor is the price of that registration.
/// </summary>
public static class AnalyzerProbes
{
    private const int Runs = 3;

    public static void Run(int files)
    {
        CSharpCompilation withLegacy = Workload.Workload.Get(files, 1, legacyReferences: true).WithGeneratedSources();
        CSharpCompilation noCanonical = Workload.Workload.Get(files, 0).Compilation;
        var legacyNames = new HashSet<string>(
            Enumerable.Range(0, files).Where(i => i % 100 == 0).Select(i => SourceFactory.LegacyName(i).Split('.').Last()),
            StringComparer.Ordinal);
        Console.WriteLine("--- analyzer registrations, " + files + " files (median of " + Runs + " runs, one thread)");
        var probes = new (string Name, Func<DiagnosticAnalyzer?> Create)[]
        {
            ("compile alone (GetDiagnostics)", () => null),
            ("floor analyzer", () => new FloorAnalyzer()),
            ("floor + GetSymbolInfo on every identifier", () => new Probe(c => c.RegisterSyntaxNodeAction(Bind, SyntaxKind.IdentifierName, SyntaxKind.GenericName))),
            ("floor + name-text filter, then GetSymbolInfo", () => new Probe(c => c.RegisterSyntaxNodeAction(n => BindIfNamed(n, legacyNames), SyntaxKind.IdentifierName, SyntaxKind.GenericName))),
            ("floor + no-op operation action (invocations, new)", () => new Probe(c => c.RegisterOperationAction(static _ => { }, OperationKind.Invocation, OperationKind.ObjectCreation))),
            ("floor + no-op semantic-model action", () => new Probe(c => c.RegisterSemanticModelAction(static _ => { }))),
            ("floor + symbol action: GetAttributes of every type", () => new Probe(c => c.RegisterSymbolAction(static s => s.Symbol.GetAttributes(), SymbolKind.NamedType))),
            ("floor + base-type action: GetTypeInfo of every base", () => new Probe(c => c.RegisterSyntaxNodeAction(static n => n.SemanticModel.GetTypeInfo(((SimpleBaseTypeSyntax)n.Node).Type, n.CancellationToken), SyntaxKind.SimpleBaseType))),
            ("Ssot analyzers", () => null),
        };
        foreach ((string project, CSharpCompilation compilation) in new[] { ("no canonical types", noCanonical), ("1% legacy references", withLegacy) })
        {
            foreach ((string name, Func<DiagnosticAnalyzer?> create) in probes)
            {
                var times = new List<double>();
                for (int run = 0; run <= Runs; run++)
                {
                    CSharpCompilation fresh = compilation.Clone();
                    ImmutableArray<DiagnosticAnalyzer> analyzers = name == "Ssot analyzers" ? GeneratorSets.SsotAnalyzers : create() is { } one ? [one] : [];
                    var stopwatch = Stopwatch.StartNew();
                    _ = analyzers.IsEmpty ? fresh.GetDiagnostics() : Drivers.Analyze(fresh, analyzers);
                    stopwatch.Stop();
                    if (run > 0)
                    {
                        times.Add(stopwatch.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "      {0,-22} {1,-52} {2,9:0.0} ms", project, name, times[times.Count / 2]));
            }
        }
    }

    private static void Bind(SyntaxNodeAnalysisContext context) => context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken);

    private static void BindIfNamed(SyntaxNodeAnalysisContext context, HashSet<string> names)
    {
        if (names.Contains(((SimpleNameSyntax)context.Node).Identifier.ValueText))
        {
            context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken);
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class Probe : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("PROBE0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        private readonly Action<AnalysisContext> _register;

        public Probe(Action<AnalysisContext> register)
        {
            _register = register;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.IdentifierName);
            _register(context);
        }
    }
}
