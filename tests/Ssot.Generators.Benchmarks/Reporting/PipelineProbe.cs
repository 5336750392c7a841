using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Benchmarks.Baselines;
using Ssot.Generators.Benchmarks.Workload;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Benchmarks.Reporting;

/// <summary>
/// <c>--inspect</c>, second part: the generator's per-edit work taken apart. Over a chain of unrelated edits, each
/// piece runs on its own fresh copy of the edited compilation (as the driver would meet it), without the driver and
/// its tracking: what finding the attributed types costs (the floor's transform), what merely binding the members of
/// those types adds, what our parser adds on top, what reading declarations costs per edit, and the whole-compilation
/// rules (they rerun only when a declaration, a using or a reference changes; measured here as if one had). The
/// generator's internals are visible to this project, so a piece that is renamed or removed breaks the build here.
/// </summary>
public static class PipelineProbe
{
    private const int Edits = 40;

    public static void Run(Workload.Workload project)
    {
        Console.WriteLine("--- pipeline pieces, per unrelated edit, " + project.Files + " files, " + project.MarkedPercent + "% marked (median of " + Edits + " edits)");

        // The inputs of the whole-compilation rules, from the unedited project.
        List<CanonicalTypeModel> models = Marked(project.Compilation)
            .Select(m => CanonicalReader.Read(m.Type, m.Attribute, project.Compilation, diagnostics: null, CancellationToken.None))
            .OfType<CanonicalTypeModel>()
            .ToList();
        List<LegacyClaim> claims = models.SelectMany(CanonicalClaims.LegacyClaimsOf).ToList();
        List<AliasCandidate> candidates = models.SelectMany(CanonicalClaims.AliasCandidatesOf).ToList();

        Measure(project, "find attributed types (the floor's transform)", c => Marked(c).Count, afterFloor: false);
        Measure(project, "  then: bind every member signature of those types", c => Marked(c).Sum(m => BindMembers(m.Type)));
        Measure(project, "  then: CanonicalReader.Read (our transform)", c => Marked(c).Count(m => CanonicalReader.Read(m.Type, m.Attribute, c, diagnostics: null, CancellationToken.None) is not null));

        // Every edit: each file's declarations, read again only for the edited file (the FileDeclarations step).
        Measure(project, "  then: DeclarationReader.ReadAll (FileDeclarations step)", c => DeclarationReader.ReadAll(c.SyntaxTrees, CancellationToken.None).Count);

        // The rules below run only when a using, a declaration, a reference or a claim changed; measured as if one had.
        Measure(project, "  if declarations changed: ShimPlanner.Plan", c => ShimPlanner.Plan(claims, ScopeOf(c, claims, candidates)).Shims.Count);
        Measure(project, "  if declarations changed: AliasPlanner.Plan", c => AliasPlan(c, claims, candidates).Aliases.Count);
        Measure(project, "    of which: compilation.GlobalNamespace lookup", c => c.GlobalNamespace.GetMembers("LegacyOrderService0").Count());

        ColdDrivers(project);

        Console.WriteLine("--- pipeline pieces, cold (fresh clone of the unedited project)");
        Measure(project, "find attributed types (the floor's transform)", c => Marked(c).Count, cold: true, afterFloor: false);
        Measure(project, "  then: CanonicalReader.Read (our transform)", c => Marked(c).Count(m => CanonicalReader.Read(m.Type, m.Attribute, c, diagnostics: null, CancellationToken.None) is not null), cold: true);

        // New tree objects over the same text: nothing read before, as in the first build of a project.
        Measure(project, "  then: DeclarationReader.ReadAll, no tree read before", c => DeclarationReader.ReadAll(c.SyntaxTrees.Select(t => t.WithFilePath(t.FilePath + ".new")).ToList(), CancellationToken.None).Count, cold: true);
        Measure(project, "  then: CompilationFactsReader.Read (CompilationFacts)", c => CompilationFactsReader.Read(c, DeclarationReader.Merge(DeclarationReader.ReadAll(c.SyntaxTrees, CancellationToken.None))).LanguageVersion > 0 ? 1 : 0, cold: true);
        Measure(project, "  then: ReferencedCanonicalTypes (ReferencedAliasCand.)", c => ReferencedCanonicalTypes.ReadAliasCandidates(c).Count, cold: true);
        Measure(project, "  then: ReferenceReader and AliasPlanner (Aliases step)", c => AliasPlan(c, claims, candidates).Aliases.Count, cold: true);
        // Each piece of that step alone, with the inputs it needs (read before, so cached): the pieces overlap.
        Measure(project, "    piece: DeclarationReader.Merge", c => DeclarationReader.Merge(DeclarationReader.ReadAll(c.SyntaxTrees, CancellationToken.None)).Types.Count, cold: true);
        Measure(project, "    piece: ReferenceReader.Read", c => ReferenceReader.Read(c, ReferenceQueries.For(claims, candidates, DeclarationReader.Merge(DeclarationReader.ReadAll(c.SyntaxTrees, CancellationToken.None))), CancellationToken.None).GetHashCode(), cold: true);
        Measure(project, "    piece: AliasExposure.Of", c => AliasExposure.Of(DeclarationReader.ReadAll(c.SyntaxTrees, CancellationToken.None), candidates, claims).ShimSearches.Count, cold: true);
        Measure(project, "    piece: NameSearchReader.Read", c => NameSearchReader.Read(c, AliasExposure.Of(DeclarationReader.ReadAll(c.SyntaxTrees, CancellationToken.None), candidates, claims).ShimSearches, CancellationToken.None).Count, cold: true);
        Measure(project, "    piece: ShimPlanner.Plan", c => ShimPlanner.Plan(claims, ScopeOf(c, claims, candidates)).Shims.Count, cold: true);
    }

    /// <summary>
    /// A cold run taken apart by generator: the floor, our transform alone (every marked type read into its model,
    /// nothing else), the whole generator, and LoggerMessage, each driven over the project freshly parsed (garbage
    /// collected before the run, as the benchmarks do), in turns, so that a noisy spell hits all of them alike.
    /// </summary>
    private static void ColdDrivers(Workload.Workload project)
    {
        const int Runs = 21;
        (string Name, Func<System.Collections.Immutable.ImmutableArray<ISourceGenerator>> Generators)[] sets =
        [
            ("floor generator", () => GeneratorSets.Floor),
            ("our transform alone (models, no rule, no output)", () => [new ModelsOnlyGenerator().AsSourceGenerator()]),
            ("Ssot.Generators", () => GeneratorSets.Ssot),
            ("LoggerMessage", () => GeneratorSets.LoggerMessage),
        ];
        var times = sets.ToDictionary(s => s.Name, _ => new List<double>());
        var bytes = sets.ToDictionary(s => s.Name, _ => new List<double>());
        for (int run = 0; run < Runs + 2; run++)
        {
            foreach ((string name, Func<System.Collections.Immutable.ImmutableArray<ISourceGenerator>> generators) in sets)
            {
                CSharpCompilation fresh = project.FreshlyParsed();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                var stopwatch = Stopwatch.StartNew();
                Drivers.Create(generators()).RunGenerators(fresh);
                stopwatch.Stop();
                if (run >= 2)
                {
                    times[name].Add(stopwatch.Elapsed.TotalMilliseconds);
                    bytes[name].Add(GC.GetAllocatedBytesForCurrentThread() - allocated);
                }
            }
        }

        Console.WriteLine("--- cold runs by generator (fresh parse each, median of " + Runs + "; ratios against the floor)");
        double floorTime = Median(times[sets[0].Name]);
        double floorBytes = Median(bytes[sets[0].Name]);
        foreach ((string name, _) in sets)
        {
            double time = Median(times[name]);
            double allocated = Median(bytes[name]);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "      {0,-52} {1,8:0.00} ms {2,5:0.00}x {3,8:0.00} MB {4,5:0.00}x", name, time, time / floorTime, allocated / 1e6, allocated / floorBytes));
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static NameScope ScopeOf(CSharpCompilation compilation, List<LegacyClaim> claims, List<AliasCandidate> candidates)
    {
        SourceDeclarations declarations = DeclarationReader.Merge(DeclarationReader.ReadAll(compilation.SyntaxTrees, CancellationToken.None));
        return new NameScope(declarations, ReferenceReader.Read(compilation, ReferenceQueries.For(claims, candidates, declarations), CancellationToken.None));
    }

    private static AliasPlan AliasPlan(CSharpCompilation compilation, List<LegacyClaim> claims, List<AliasCandidate> candidates)
    {
        NameScope scope = ScopeOf(compilation, claims, candidates);
        EquatableArray<FileDeclarations> files = DeclarationReader.ReadAll(compilation.SyntaxTrees, CancellationToken.None);
        AliasExposure exposure = AliasExposure.Of(files, candidates, claims);
        var uses = new NameUses(NameSearchReader.Read(compilation, exposure.ShimSearches, CancellationToken.None), exposure.InAliasedSignatures);
        CompilationFacts facts = CompilationFactsReader.Read(compilation, DeclarationReader.Merge(files));
        return AliasPlanner.Plan(candidates, ShimPlanner.Plan(claims, scope, exposure.InApi), scope, facts, uses);
    }

    /// <summary>
    /// The median time of <paramref name="piece"/> on fresh compilations. Unless it is the floor's transform itself,
    /// that transform runs first, unmeasured, on the same compilation, as it does in the driver: the time is what the
    /// piece adds, not what it would cost as the first to touch a new compilation.
    /// </summary>
    private static void Measure(Workload.Workload project, string what, Func<CSharpCompilation, int> piece, bool cold = false, bool afterFloor = true)
    {
        EditChain chain = EditChain.UnrelatedEdits(project);
        var times = new List<double>();
        for (int i = 0; i < Edits + 3; i++)
        {
            chain.Prepare();
            chain.Advance();
            CSharpCompilation fresh = cold ? project.Compilation.Clone() : chain.Current.Clone();
            if (afterFloor)
            {
                Marked(fresh);
            }

            var stopwatch = Stopwatch.StartNew();
            piece(fresh);
            stopwatch.Stop();
            if (i >= 3)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "      {0,-52} {1,8:0.000} ms", what, Median(times)));
    }

    /// <summary>
    /// What the floor's transform does per marked type: the semantic model, the declared symbol, its attributes. The
    /// probe runs on the 1%-marked project, whose marked files are those numbered 0 mod 100.
    /// </summary>
    private static List<(INamedTypeSymbol Type, AttributeData Attribute)> Marked(CSharpCompilation compilation)
    {
        var marked = new List<(INamedTypeSymbol, AttributeData)>();
        // The driver finds these nodes syntactically and caches that per file; only the semantic part is redone.
        foreach (SyntaxTree tree in compilation.SyntaxTrees.Where((_, index) => index % 100 == 0))
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (TypeDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().Where(t => t.AttributeLists.Count > 0))
            {
                if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol type
                    && type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "CanonicalAttribute") is { } attribute)
                {
                    marked.Add((type, attribute));
                }
            }
        }

        return marked;
    }

    private static int BindMembers(INamedTypeSymbol type)
    {
        int count = 0;
        foreach (ISymbol member in type.GetMembers())
        {
            count += member switch
            {
                IMethodSymbol method => method.Parameters.Count(p => p.Type is not null && (!p.HasExplicitDefaultValue || p.ExplicitDefaultValue is not string)) + (method.ReturnType is null ? 0 : 1),
                IPropertySymbol property => property.Type is null ? 0 : 1,
                IEventSymbol @event => @event.Type is null ? 0 : 1,
                _ => 0,
            };
        }

        return count + type.AllInterfaces.Length;
    }
}
