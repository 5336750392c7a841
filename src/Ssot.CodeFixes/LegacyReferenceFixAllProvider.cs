using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.CodeFixes.Migrating;
using Ssot.CodeFixes.References;
using Ssot.Generators.Analysis;
using Ssot.Generators.Diagnostics;

namespace Ssot.CodeFixes;

/// <summary>
/// Fix All of legacy references, in a document, a project or the solution, as one <see cref="Migration"/>: the
/// references are grouped with those that must change with them (which may lie outside the scope: the other projects of
/// a linked file, an override in another project), and what cannot compile is left as it is.
/// </summary>
internal sealed class LegacyReferenceFixAllProvider : FixAllProvider
{
    public static readonly LegacyReferenceFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
        Task.FromResult<CodeAction?>(CodeAction.Create(
            fixAllContext.DiagnosticIds.Contains(DiagnosticIds.LegacyTypeInPublicSignature)
                ? "Migrate the legacy types in the public API (breaks binaries compiled against it)"
                : "Migrate the legacy references",
            async cancellationToken =>
            {
                Solution solution = fixAllContext.Solution;
                var references = new List<LegacyLocation>();
                foreach (Document document in DocumentsInScope(fixAllContext))
                {
                    ImmutableArray<Diagnostic> diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                    SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    references.AddRange(diagnostics
                        .Where(d => d.Properties.ContainsKey(DiagnosticProperties.Canonical) && d.Location.IsInSource && !ThroughUsingAlias(root, model, d, cancellationToken))
                        .OrderBy(d => d.Location.SourceSpan.Start)
                        .Select(d => new LegacyLocation(document.Id, d.Location.SourceSpan)));
                }

                bool rewritesShippedApi = fixAllContext.DiagnosticIds.Contains(DiagnosticIds.LegacyTypeInPublicSignature);
                return await Migration.RunAllAsync(solution, references, rewritesShippedApi, cancellationToken).ConfigureAwait(false) ?? solution;
            },
            equivalenceKey: fixAllContext.CodeActionEquivalenceKey));

    /// <summary>
    /// Whether the reference is a use of a using alias of the legacy type: the fix of the alias (SSOT0002) migrates
    /// every use at once, and no single fix is offered for one. Taken into a migration, it made the whole document
    /// fail to rewrite, so Fix All left every other reference of the document as it was.
    /// </summary>
    private static bool ThroughUsingAlias(SyntaxNode? root, SemanticModel? model, Diagnostic diagnostic, System.Threading.CancellationToken cancellationToken) =>
        root is not null && model is not null
        && LegacyReferenceNode.Find(root, diagnostic.Location.SourceSpan) is IdentifierNameSyntax name
        && model.GetAliasInfo(name, cancellationToken) is not null;

    private static IEnumerable<Document> DocumentsInScope(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Document when context.Document is { } document => [document],
        FixAllScope.Project => context.Project.Documents,
        FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents),
        _ => [],
    };
}
