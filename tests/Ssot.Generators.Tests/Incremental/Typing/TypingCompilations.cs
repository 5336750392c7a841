using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// Compilations of the typing project: the first one, each next one derived from the one before the way an editor
/// derives it (only the edited files parsed again), and a fresh copy of any of them that shares no syntax tree with it.
/// </summary>
internal static class TypingCompilations
{
    private const string AssemblyName = "TypingProject";

    private static readonly CSharpCompilationOptions Enabled = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true,
        warningLevel: 9999);

    private static readonly CSharpCompilationOptions Disabled = Enabled.WithNullableContextOptions(NullableContextOptions.Disable);

    /// <summary>A library built with the generator: its assembly-level legacy map gives this project aliases.</summary>
    private static readonly Lazy<MetadataReference> Library = new(() =>
    {
        CSharpCompilation library = new TestCompilation { AssemblyName = "Typing.Library" }.Create(
            "namespace Lib.Storage\n{\n    [Ssot.Canonical(\"Lib.Legacy.BlobStore\")]\n    public sealed class Store\n    {\n        public int Size => 0;\n    }\n}\n");
        GeneratorRunner.CreateDriver(library).RunGeneratorsAndUpdateCompilation(library, out Compilation built, out _);
        return MetadataReference.CreateFromImage(AssemblyImage.Emit(built));
    });

    // One list per reference set, built once: the same reference objects in every compilation, as a project's are
    // between edits (the generator compares them to tell a reference change from an edit).
    private static readonly ConcurrentDictionary<(string Framework, bool DependencyInjection, bool Library), ImmutableArray<MetadataReference>> ReferenceSets = new();

    public static CSharpParseOptions ParseOptions(TypingProject project) => new(
        project[Knob.Language] switch
        {
            "CSharp9" => LanguageVersion.CSharp9,
            "CSharp10" => LanguageVersion.CSharp10,
            _ => LanguageVersion.Latest,
        },
        DocumentationMode.Parse,
        preprocessorSymbols: project.Is(Knob.Symbols, "None") ? [] : [project[Knob.Symbols]]);

    public static CSharpCompilationOptions Options(TypingProject project) => project.Is(Knob.Nullable, "Enable") ? Enabled : Disabled;

    /// <summary>The references: Microsoft.Extensions.DependencyInjection only exists here for .NET 10.</summary>
    public static ImmutableArray<MetadataReference> References(TypingProject project)
    {
        string framework = project[Knob.Framework];
        return ReferenceSets.GetOrAdd(
            (framework, framework == "net10.0" && project.Is(Knob.DependencyInjection, "On"), project.Is(Knob.Library, "On")),
            static key =>
            {
                var options = new TestCompilation
                {
                    Framework = key.Framework == "net10.0" ? TargetFramework.Net100 : TargetFramework.NetStandard20,
                    WithDependencyInjection = key.DependencyInjection,
                    ExtraReferences = key.Library ? [Library.Value] : [],
                };
                return [.. options.References()];
            });
    }

    /// <summary>The project as first opened: every file parsed, in path order.</summary>
    public static CSharpCompilation Create(TypingProject project)
    {
        CSharpParseOptions options = ParseOptions(project);
        return CSharpCompilation.Create(
            AssemblyName,
            TypingSources.Render(project).Select(file => Parse(file.Value, options, file.Key)).ToArray(),
            References(project),
            Options(project));
    }

    /// <summary>
    /// The compilation after an edit, derived from <paramref name="previous"/>: changed files parsed again, new files
    /// added at the end, removed ones removed, every file parsed again when the parse options change (as a project
    /// does when its language version changes), and the references swapped when they change. Always a new compilation.
    /// </summary>
    public static CSharpCompilation Derive(CSharpCompilation previous, TypingProject project)
    {
        ImmutableSortedDictionary<string, string> files = TypingSources.Render(project);
        CSharpParseOptions options = ParseOptions(project);
        CSharpCompilation next = previous;
        if (!previous.SyntaxTrees.First().Options.Equals(options))
        {
            // A compilation holds one language version: all files are parsed again at once, in their order.
            string[] order = previous.SyntaxTrees.Select(t => t.FilePath).Where(files.ContainsKey).Concat(files.Keys.Except(previous.SyntaxTrees.Select(t => t.FilePath))).ToArray();
            next = previous.RemoveAllSyntaxTrees().AddSyntaxTrees(order.Select(path => Parse(files[path], options, path)).ToArray());
        }
        else
        {
            var kept = new HashSet<string>(StringComparer.Ordinal);
            foreach (SyntaxTree tree in previous.SyntaxTrees)
            {
                if (!files.TryGetValue(tree.FilePath, out string? text))
                {
                    next = next.RemoveSyntaxTrees(tree);
                    continue;
                }

                kept.Add(tree.FilePath);
                if (tree.GetText().ToString() != text)
                {
                    next = next.ReplaceSyntaxTree(tree, Parse(text, options, tree.FilePath));
                }
            }

            // Materialized: the compiler may enumerate the trees more than once, and each pass would parse new ones.
            next = next.AddSyntaxTrees(files.Where(f => !kept.Contains(f.Key)).Select(f => Parse(f.Value, options, f.Key)).ToArray());
        }

        ImmutableArray<MetadataReference> references = References(project);
        if (!next.References.SequenceEqual(references))
        {
            next = next.WithReferences(references);
        }

        if (!next.Options.Equals(Options(project)))
        {
            next = next.WithOptions(Options(project));
        }

        // An edit the compiler cannot see (a knob of an attribute that is off) still hands the driver a new compilation.
        return ReferenceEquals(next, previous) ? previous.RemoveAllSyntaxTrees().AddSyntaxTrees(previous.SyntaxTrees) : next;
    }

    /// <summary>
    /// The same compilation built afresh: every file parsed again from its text, in the same order, with the same options
    /// and references, so nothing kept for a syntax tree or a compilation on the other side can be found from this one.
    /// </summary>
    public static CSharpCompilation FreshCopy(CSharpCompilation compilation) =>
        CSharpCompilation.Create(
            compilation.AssemblyName,
            compilation.SyntaxTrees.Select(t => Parse(t.GetText().ToString(), (CSharpParseOptions)t.Options, t.FilePath)).ToArray(),
            compilation.References,
            compilation.Options);

    /// <summary>Whether an edit changes what the compiler sees: a file, the parse or compilation options, the references.</summary>
    public static bool Differ(TypingProject before, TypingProject after) =>
        !ParseOptions(before).Equals(ParseOptions(after))
        || Options(before) != Options(after)
        || References(before) != References(after)
        || !TypingSources.Render(before).SequenceEqual(TypingSources.Render(after));

    private static SyntaxTree Parse(string text, CSharpParseOptions options, string path) =>
        CSharpSyntaxTree.ParseText(text, options, path, System.Text.Encoding.UTF8);
}
