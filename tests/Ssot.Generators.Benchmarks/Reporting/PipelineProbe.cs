using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Reporting;

/// <summary>
/// <c>--inspect</c>, second part: the generator's per-edit work taken apart. Over a chain of unrelated edits, each
/// piece runs on its own fresh copy of the edited compilation (as the driver would meet it), without the driver and
/// its tracking: what finding the attributed types costs (the floor's transform), what merely binding the members of
/// those types adds, what our parser adds on top, what reading declarations costs per edit, and the whole-compilation
/// rules (they rerun only when a declaration, a using or a reference changes; measured here as if one had). The
/// generator's internals are reached by reflection (they are not public); a piece that cannot be found is reported
/// as such rather than failing.
/// </summary>
public static class PipelineProbe
{
    private const int Edits = 40;
    private static readonly Assembly Generator = typeof(CanonicalGenerator).Assembly;

    public static void Run(Workload.Workload project)
    {
        Console.WriteLine("--- pipeline pieces, per unrelated edit, " + project.Files + " files, " + project.MarkedPercent + "% marked (median of " + Edits + " edits)");
        MethodInfo? parse = Find("Ssot.Generators.Parsing.CanonicalParser", "Parse");
        MethodInfo? decide = Find("Ssot.Generators.Parsing.AliasRules", "Decide");
        MethodInfo? readDeclarations = Find("Ssot.Generators.Parsing.DeclarationReader", "ReadAll");
        MethodInfo? indexOf = Find("Ssot.Generators.Parsing.DeclarationIndex", "Of");
        MethodInfo? planShims = Find("Ssot.Generators.Parsing.LegacyClaims", "PlanShims");
        MethodInfo? candidateOf = Find("Ssot.Generators.CanonicalGenerator", "AliasCandidateOf");
        MethodInfo? languageVersionOf = Find("Ssot.Generators.Parsing.CompilationFactsReader", "LanguageVersionOf");
        Type? claimType = Generator.GetType("Ssot.Generators.Model.LegacyClaim");
        Type? candidateType = Generator.GetType("Ssot.Generators.Model.AliasCandidate");

        // The inputs of the whole-compilation rules, from the unedited project.
        var models = Marked(project.Compilation).Select(m => parse is null ? null : Call(parse, [m.Type, m.Attribute, project.Compilation, null, CancellationToken.None])).Where(m => m is not null).ToList();
        IList? candidates = candidateType is null ? null : (IList?)Activator.CreateInstance(typeof(List<>).MakeGenericType(candidateType));
        IList? claims = claimType is null ? null : (IList?)Activator.CreateInstance(typeof(List<>).MakeGenericType(claimType));
        foreach (object? model in models)
        {
            foreach (object legacy in (IEnumerable)model!.GetType().GetProperty("LegacyTypes")!.GetValue(model)!)
            {
                candidates?.Add(candidateOf is null ? null : Call(candidateOf, [model, legacy]));
                object typeName = model.GetType().GetProperty("Type")!.GetValue(model)!;
                claims?.Add(Activator.CreateInstance(
                    claimType!,
                    legacy.GetType().GetProperty("MetadataName")!.GetValue(legacy),
                    typeName.GetType().GetProperty("MetadataName")!.GetValue(typeName),
                    true));
            }
        }

        Measure(project, "find attributed types (the floor's transform)", c => Marked(c).Count, afterFloor: false);
        Measure(project, "  then: bind every member signature of those types", c => Marked(c).Sum(m => BindMembers(m.Type)));
        if (parse is not null)
        {
            Measure(project, "  then: CanonicalParser.Parse (our transform)", c => Marked(c).Count(m => Call(parse, [m.Type, m.Attribute, c, null, CancellationToken.None]) is not null));
        }

        if (readDeclarations is not null)
        {
            // Every edit: each file's declarations, read again only for the edited file (the FileDeclarations step).
            Measure(project, "  then: DeclarationReader.ReadAll (FileDeclarations step)", c => ((IEnumerable)Call(readDeclarations, [c.SyntaxTrees, CancellationToken.None])!).Cast<object>().Count());
        }

        // The rules below run only when a using, a declaration, a reference or a claim changed; measured as if one had.
        if (planShims is not null && claims is not null && indexOf is not null)
        {
            Measure(project, "  if declarations changed: LegacyClaims.PlanShims", c => ((ICollection)Call(planShims, [claims, Call(indexOf, [c, CancellationToken.None])])!).Count);
        }

        if (decide is not null && candidates is not null && languageVersionOf is not null && indexOf is not null)
        {
            Measure(project, "  if declarations changed: AliasRules.Decide", c => ((ICollection)Call(decide, [candidates, Call(languageVersionOf, [c]), Call(indexOf, [c, CancellationToken.None]), CancellationToken.None])!).Count);
        }

        Measure(project, "    of which: compilation.GlobalNamespace lookup", c => c.GlobalNamespace.GetMembers("LegacyOrderService0").Count());

        Console.WriteLine("--- pipeline pieces, cold (fresh clone of the unedited project)");
        MethodInfo? facts = Find("Ssot.Generators.Parsing.CompilationFactsReader", "Read");
        MethodInfo? referenced = Find("Ssot.Generators.Parsing.ReferencedCanonicalTypes", "ReadAliasCandidates");
        Measure(project, "find attributed types (the floor's transform)", c => Marked(c).Count, cold: true, afterFloor: false);
        if (parse is not null)
        {
            Measure(project, "  then: CanonicalParser.Parse (our transform)", c => Marked(c).Count(m => Call(parse, [m.Type, m.Attribute, c, null, CancellationToken.None]) is not null), cold: true);
        }

        if (readDeclarations is not null)
        {
            // New tree objects over the same text: nothing read before, as in the first build of a project.
            Measure(project, "  then: DeclarationReader.ReadAll, no tree read before", c => ((IEnumerable)Call(readDeclarations, [c.SyntaxTrees.Select(t => t.WithFilePath(t.FilePath + ".new")).ToList(), CancellationToken.None])!).Cast<object>().Count(), cold: true);
        }

        if (facts is not null)
        {
            Measure(project, "  then: CompilationFactsReader.Read (CompilationFacts)", c => Call(facts, [c]) is null ? 0 : 1, cold: true);
        }

        if (referenced is not null)
        {
            Measure(project, "  then: ReferencedCanonicalTypes (ReferencedAliasCand.)", c => ((ICollection)Call(referenced, [c])!).Count, cold: true);
        }

        if (decide is not null && candidates is not null && languageVersionOf is not null && indexOf is not null)
        {
            Measure(project, "  then: AliasRules.Decide (Aliases step)", c => ((ICollection)Call(decide, [candidates, Call(languageVersionOf, [c]), Call(indexOf, [c, CancellationToken.None]), CancellationToken.None])!).Count, cold: true);
        }
    }

    /// <summary>Invokes an internal method; parameters it has gained since this probe was written take their defaults.</summary>
    private static object? Call(MethodInfo method, object?[] arguments) =>
        method.Invoke(null, method.GetParameters().Select((p, i) => i < arguments.Length ? arguments[i] : p.HasDefaultValue ? p.DefaultValue : null).ToArray());

    /// <summary>The static method of that name (public overloads first, then the most parameters), or null when it is gone.</summary>
    private static MethodInfo? Find(string type, string method) =>
        Generator.GetType(type)?.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.Name == method)
            .OrderByDescending(m => m.IsPublic)
            .ThenByDescending(m => m.GetParameters().Length)
            .FirstOrDefault();

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

        times.Sort();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "      {0,-52} {1,8:0.000} ms", what, times[times.Count / 2]));
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
