using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes;
using Ssot.Generators.Analysis;
using Ssot.Generators.Tests.CodeFixes;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>
/// A consumer project in a workspace, as the IDE holds it: it references <see cref="ConsumerLibrary"/> compiled, and runs
/// the generator (so it gets the aliases); the legacy analyzers report on it and the code fixes rewrite it.
/// </summary>
internal static class ConsumerWorkspace
{
    /// <summary>Every diagnostic ID that says a legacy name is still in the code.</summary>
    public static readonly ImmutableArray<string> LegacyIds = ["SSOT0001", "SSOT0002", "SSOT0005", "SSOT0006"];

    /// <summary>The order a user runs Fix All in: the references, the names bound through the alias, then the using lines they leave.</summary>
    public static readonly ImmutableArray<string> FixAllOrder = ["SSOT0001", "SSOT0006", "SSOT0002"];

    // Warnings that say a rewritten cref no longer binds: a broken cref compiles, but it is a broken fix.
    private static readonly ImmutableHashSet<string> CrefWarnings = ["CS1574", "CS1580", "CS1581", "CS0419"];

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new LegacyReferenceAnalyzer(), new LegacyUsingAnalyzer(), new LegacyNameThroughAliasAnalyzer()];

    public static CodeFixProvider ProviderFor(string id) => id switch
    {
        "SSOT0001" or "SSOT0005" => new LegacyReferenceCodeFixProvider(),
        "SSOT0002" => new LegacyUsingCodeFixProvider(),
        _ => new LegacyNameThroughAliasCodeFixProvider(),
    };

    /// <summary>The consumer project of <paramref name="case"/> with its files, with or without the generator.</summary>
    public static Project Create(ConsumerSettings settings, IReadOnlyList<RenderedFile> files, bool withGenerator = true)
    {
        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        var options = new TestCompilation { Framework = settings.Framework, WithDependencyInjection = false };
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "App",
            "App",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: settings.Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable),
            parseOptions: new CSharpParseOptions(settings.LanguageVersion, DocumentationMode.Diagnose),
            metadataReferences: options.References().Append(ConsumerLibrary.For(settings.Framework))));
        if (withGenerator)
        {
            solution = solution.AddAnalyzerReference(projectId, GeneratorReference.Instance);
        }

        foreach (RenderedFile file in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), file.Path.Substring(file.Path.LastIndexOf('/') + 1), SourceText.From(file.Text), filePath: file.Path);
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>The legacy diagnostics of the project (of one document, when given).</summary>
    public static async Task<ImmutableArray<Diagnostic>> LegacyDiagnosticsAsync(Project project, Document? document = null, string? id = null)
    {
        Compilation compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        SyntaxTree? tree = document is null ? null : await document.GetSyntaxTreeAsync().ConfigureAwait(false);
        return all
            .Where(d => LegacyIds.Contains(d.Id) && (id is null || d.Id == id) && (tree is null || d.Location.SourceTree == tree))
            .OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>The errors of the project, and warnings that say a cref no longer binds.</summary>
    public static async Task<List<Diagnostic>> ProblemsAsync(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || CrefWarnings.Contains(d.Id))
            .ToList();
    }

    /// <summary>What Fix All is given: the legacy diagnostics of one ID, as the IDE gives them.</summary>
    public sealed class DiagnosticsOf(string id) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            await LegacyDiagnosticsAsync(document.Project, document, id).ConfigureAwait(false);

        // Diagnostics of the project without a source location: legacy references always have one.
        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await LegacyDiagnosticsAsync(project, null, id).ConfigureAwait(false);
    }
}
