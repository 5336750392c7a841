using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes;
using Ssot.Generators.Analysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// The harness applies the first fix it is offered, again and again, and compiles only the end. This applies the fix
/// of <em>every</em> reported reference, each to the original code alone, and Fix All in the document, and compiles
/// each result: whichever reference a user fixes first, the build still passes.
/// </summary>
internal static partial class EveryActionCompiles
{
    /// <summary>
    /// Asserts that each fix offered for <paramref name="source"/> (harness markup is ignored) compiles, and Fix All in
    /// its document; returns how many fixes were offered and how many references Fix All left.
    /// </summary>
    public static Task<(int Offered, int LeftByFixAll)> AssertAsync(string source, params string[] additionalSources) => AssertAsync(source, [], additionalSources);

    /// <summary>As <see cref="AssertAsync(string, string[])"/>, with more references (a compiled library).</summary>
    public static async Task<(int Offered, int LeftByFixAll)> AssertAsync(string source, IEnumerable<MetadataReference> references, params string[] additionalSources)
    {
        using var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "Test",
                "Test",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
                metadataReferences: new TestCompilation().References().Concat(references)))
            .AddAnalyzerReference(projectId, GeneratorReference.Instance);
        DocumentId testDocument = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(testDocument, "Test0.cs", SourceText.From(Unmarked(source)), filePath: "/0/Test0.cs");
        if (additionalSources.Length > 0)
        {
            // The canonical types live in a library the test project references, as in a consumer project.
            ProjectId libraryId = ProjectId.CreateNewId();
            solution = solution
                .AddProject(ProjectInfo.Create(
                    libraryId,
                    VersionStamp.Default,
                    "Lib",
                    "Lib",
                    LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: new TestCompilation().References()))
                .AddAnalyzerReference(libraryId, GeneratorReference.Instance)
                .AddProjectReference(projectId, new ProjectReference(libraryId));
            for (int i = 0; i < additionalSources.Length; i++)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(libraryId), "Lib" + i + ".cs", SourceText.From(additionalSources[i]), filePath: "/Lib/Lib" + i + ".cs");
            }
        }

        Assert.Empty(await ErrorsAsync(solution));
        Document document = solution.GetDocument(testDocument)!;
        var provider = new LegacyReferenceCodeFixProvider();
        int offered = 0;
        foreach (Diagnostic diagnostic in await LegacyReferencesAsync(solution.GetProject(projectId)!, document))
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            foreach (CodeAction action in actions)
            {
                offered++;
                await AssertCompilesAsync(action, testDocument, "The fix of " + diagnostic.Location.GetLineSpan());
            }
        }

        var fixAll = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            nameof(LegacyReferenceCodeFixProvider),
            ["SSOT0001"],
            new AnalyzerDiagnostics(),
            CancellationToken.None);
        CodeAction all = (await provider.GetFixAllProvider().GetFixAsync(fixAll))!;
        Solution fixedAll = await AssertCompilesAsync(all, testDocument, "Fix All");
        int left = (await LegacyReferencesAsync(fixedAll.GetProject(projectId)!, fixedAll.GetDocument(testDocument)!)).Length;
        return (offered, left);
    }

    private static async Task<Solution> AssertCompilesAsync(CodeAction action, DocumentId testDocument, string what)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        string text = (await changed.GetDocument(testDocument)!.GetTextAsync()).ToString();
        List<string> errors = await ErrorsAsync(changed);
        Assert.True(errors.Count == 0, what + " does not compile:\n" + string.Join("\n", errors) + "\n\n" + text);
        return changed;
    }

    /// <summary>What Fix All is given to fix: the analyzer's legacy references in a document.</summary>
    private sealed class AnalyzerDiagnostics : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            await LegacyReferencesAsync(document.Project, document);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            var all = new List<Diagnostic>();
            foreach (Document document in project.Documents)
            {
                all.AddRange(await LegacyReferencesAsync(project, document));
            }

            return all;
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            GetProjectDiagnosticsAsync(project, cancellationToken);
    }

    private static async Task<ImmutableArray<Diagnostic>> LegacyReferencesAsync(Project project, Document document)
    {
        Compilation compilation = (await project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new LegacyReferenceAnalyzer()])
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
        return diagnostics.Where(d => d.Id == "SSOT0001" && d.Location.SourceTree == tree).ToImmutableArray();
    }

    private static async Task<List<string>> ErrorsAsync(Solution solution)
    {
        var errors = new List<string>();
        foreach (Project project in solution.Projects)
        {
            Compilation compilation = (await project.GetCompilationAsync())!;
            errors.AddRange(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        }

        return errors;
    }

    private static string Unmarked(string source) => Markup().Replace(source, string.Empty);

    [GeneratedRegex(@"\{\|[A-Za-z0-9#]+:|\|\}")]
    private static partial Regex Markup();
}
