using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes.Naming;
using Ssot.CodeFixes.References;
using Ssot.Generators.Diagnostics;

namespace Ssot.CodeFixes;

/// <summary>
/// Writes the canonical name where a legacy simple name compiles only through the generated alias (SSOT0006), so that
/// removing <c>[Canonical]</c> later keeps the code compiling. The name already means the canonical type, so nothing
/// else has to change with it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LegacyNameThroughAliasCodeFixProvider))]
[Shared]
public sealed class LegacyNameThroughAliasCodeFixProvider : SsotCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LegacyNameThroughAlias);

    public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

    protected override CodeAction? CreateFix(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource && CanonicalOf(diagnostic, model.Compilation) is { } canonical
            ? CodeAction.Create(
                "Use '" + canonical.ToDisplayString() + "'",
                async cancellationToken => (await RewriteAsync(document, [(diagnostic.Location.SourceSpan, CanonicalType.Of(canonical))], cancellationToken).ConfigureAwait(false) ?? document).Project.Solution,
                equivalenceKey: nameof(LegacyNameThroughAliasCodeFixProvider))
            : null;

    private static async Task<Document?> RewriteAsync(Document document, IReadOnlyList<(TextSpan Span, CanonicalType Canonical)> names, CancellationToken cancellationToken) =>
        await CanonicalNameWriter.RewriteAsync(document.Project.Solution, document.Id, names, cancellationToken).ConfigureAwait(false) is { } result
            ? result.Solution.GetDocument(document.Id)
            : null;

    /// <summary>Every name of a document in one rewrite, each checked to bind to its canonical type.</summary>
    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        public static readonly FixAll Instance = new();

        protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Write the canonical names instead of the legacy aliases";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return document;
            }

            var names = new List<(TextSpan Span, CanonicalType Canonical)>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (CanonicalOf(diagnostic, model.Compilation) is { } canonical)
                {
                    names.Add((diagnostic.Location.SourceSpan, CanonicalType.Of(canonical)));
                }
            }

            return names.Count == 0 ? document : await RewriteAsync(document, names, fixAllContext.CancellationToken).ConfigureAwait(false) ?? document;
        }
    }
}
