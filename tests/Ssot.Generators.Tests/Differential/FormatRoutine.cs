using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The README's format steps done in memory: the routine migration step,
/// <c>dotnet format analyzers --diagnostics SSOT0001 SSOT0002 SSOT0003</c>, or any other list of IDs (the retire step's
/// SSOT0006, the library author's SSOT0005 and SSOT1023). For each diagnostic ID in turn, the package's code fix applied with Fix
/// All over the project, the way the command applies it (the command itself takes seconds a run; this takes a
/// fraction of one).
/// </summary>
internal static class FormatRoutine
{
    /// <summary>The IDs of the README's routine command, in the order it fixes them.</summary>
    public static readonly string[] Routine = ["SSOT0001", "SSOT0002", "SSOT0003"];

    /// <summary>The retire step's command.</summary>
    public static readonly string[] Retire = ["SSOT0006"];

    /// <summary>What a library author fixes after renaming a class in place: identity comparisons across a facade.</summary>
    public static readonly string[] Author = ["SSOT1023"];

    /// <summary>Each ID a README command names, with the package's provider.</summary>
    private static readonly Dictionary<string, CodeFixProvider> Fixes = new()
    {
        ["SSOT0001"] = new LegacyReferenceCodeFixProvider(),
        ["SSOT0002"] = new LegacyUsingCodeFixProvider(),
        ["SSOT0003"] = new ManualRegistrationCodeFixProvider(),
        ["SSOT0005"] = new LegacyReferenceCodeFixProvider(),
        ["SSOT0006"] = new LegacyNameThroughAliasCodeFixProvider(),
        ["SSOT1023"] = new IdentityThroughFacadeCodeFixProvider(),
    };

    /// <summary>
    /// The project's sources after the routine step, in the order given. <paramref name="built"/> is what a build of
    /// the same sources reported (the analyzers need not run again for the first ID): files are matched by path.
    /// </summary>
    public static IReadOnlyList<SourceFile> Apply(IReadOnlyList<SourceFile> sources, TestCompilation options, IEnumerable<Diagnostic> built) =>
        Apply(sources, options, built, Routine);

    /// <summary>The project's sources after a command that fixes <paramref name="ids"/>, in that order.</summary>
    public static IReadOnlyList<SourceFile> Apply(IReadOnlyList<SourceFile> sources, TestCompilation options, IEnumerable<Diagnostic> built, IReadOnlyList<string> ids) =>
        ApplyAsync(sources, options, built.ToImmutableArray(), ids).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<SourceFile>> ApplyAsync(IReadOnlyList<SourceFile> sources, TestCompilation options, ImmutableArray<Diagnostic> built, IReadOnlyList<string> ids)
    {
        using var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            options.AssemblyName,
            options.AssemblyName,
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: options.Nullable, deterministic: true, warningLevel: 9999),
            parseOptions: options.ParseOptions,
            metadataReferences: options.References(),
            analyzerReferences: [CodeFixes.GeneratorReference.Instance]));
        var documents = new List<DocumentId>();
        foreach (SourceFile source in sources)
        {
            DocumentId id = DocumentId.CreateNewId(projectId, source.Path);
            solution = solution.AddDocument(id, source.Path, SourceText.From(source.Text), filePath: source.Path);
            documents.Add(id);
        }

        // Diagnostics are computed again only after a fix changed the project.
        Solution? analyzed = null;
        ImmutableArray<Diagnostic> diagnostics = built;
        foreach (string id in ids)
        {
            CodeFixProvider provider = Fixes[id];
            if (!diagnostics.Any(d => d.Id == id))
            {
                continue;
            }

            if (analyzed is not null && analyzed != solution)
            {
                diagnostics = await DiagnosticsAsync(solution.GetProject(projectId)!).ConfigureAwait(false);
            }

            analyzed = solution;
            solution = await FixAllAsync(solution, solution.GetProject(projectId)!, id, provider, diagnostics).ConfigureAwait(false);
        }

        var fixedSources = new List<SourceFile>();
        for (int i = 0; i < sources.Count; i++)
        {
            SourceText text = await solution.GetDocument(documents[i])!.GetTextAsync().ConfigureAwait(false);
            fixedSources.Add(new SourceFile(sources[i].Path, text.ToString()));
        }

        return fixedSources;
    }

    private static async Task<Solution> FixAllAsync(Solution solution, Project project, string id, CodeFixProvider provider, ImmutableArray<Diagnostic> all)
    {
        // The reports of this ID in the project's own files, moved onto the project's trees (spans match: same text).
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (Diagnostic diagnostic in all.Where(d => d.Id == id && !d.IsSuppressed && d.Location.IsInSource))
        {
            if (project.Documents.FirstOrDefault(d => d.FilePath == diagnostic.Location.SourceTree!.FilePath) is { } document)
            {
                SyntaxTree tree = (await document.GetSyntaxTreeAsync().ConfigureAwait(false))!;
                var descriptor = new DiagnosticDescriptor(diagnostic.Id, diagnostic.Descriptor.Title, "{0}", diagnostic.Descriptor.Category, diagnostic.Severity, isEnabledByDefault: true);
                diagnostics.Add(Diagnostic.Create(descriptor, Location.Create(tree, diagnostic.Location.SourceSpan), diagnostic.Properties, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (diagnostics.Count == 0)
        {
            return solution;
        }

        Document first = project.GetDocument(diagnostics[0].Location.SourceTree)!;
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(first, diagnostics[0], (action, _) => actions.Add(action), CancellationToken.None)).ConfigureAwait(false);
        // As the command does: the first report's action gives the equivalence key, and Fix All runs over the solution
        // even when that report has no fix of its own (the key is then null).
        var context = new FixAllContext(first, provider, FixAllScope.Solution, actions.FirstOrDefault()?.EquivalenceKey!, [id], new FixedDiagnostics(diagnostics.ToImmutable()), CancellationToken.None);
        CodeAction? fixAll = await provider.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false);
        if (fixAll is null)
        {
            return solution;
        }

        ImmutableArray<CodeActionOperation> operations = await fixAll.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    /// <summary>What the analyzers report in the project (Fix All then keeps those in its own documents).</summary>
    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        CompilationWithAnalyzers analyzed = compilation.WithAnalyzers(
            GeneratorRunner.Analyzers(),
            new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return await analyzed.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
    }

    /// <summary>The diagnostics Fix All acts on, computed once before it starts, as <c>dotnet format</c> computes them.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
