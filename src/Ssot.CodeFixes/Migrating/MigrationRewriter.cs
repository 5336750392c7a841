using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes.Naming;
using Ssot.CodeFixes.References;

namespace Ssot.CodeFixes.Migrating;

/// <summary>Applies groups of references to a solution, file by file (a linked file is written once, for all its projects).</summary>
internal sealed class MigrationRewriter
{
    private MigrationRewriter(Solution solution, Dictionary<DocumentId, Dictionary<TextSpan, TextSpan>> spans)
    {
        Solution = solution;
        _spans = spans;
    }

    private readonly Dictionary<DocumentId, Dictionary<TextSpan, TextSpan>> _spans;

    public Solution Solution { get; }

    /// <summary>Where a reference of the original solution is in the rewritten one.</summary>
    public TextSpan? SpanAfter(LegacyLocation location) =>
        _spans.TryGetValue(location.DocumentId, out Dictionary<TextSpan, TextSpan>? spans) && spans.TryGetValue(location.Span, out TextSpan after) ? after : null;

    /// <summary>
    /// The rewritten solution, or the document where some name could not be written (when even its fully qualified
    /// name binds to something else there).
    /// </summary>
    public static async Task<(MigrationRewriter? Rewriter, DocumentId? Failed)> RewriteAsync(Solution solution, IEnumerable<MigrationGroup> groups, CancellationToken cancellationToken)
    {
        var byDocument = groups.SelectMany(g => g.References)
            .GroupBy(r => r.Key.DocumentId)
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Key.Span, r.Value)).ToList());
        var spans = new Dictionary<DocumentId, Dictionary<TextSpan, TextSpan>>();
        Solution rewritten = solution;
        foreach (KeyValuePair<DocumentId, List<(TextSpan Span, CanonicalType Canonical)>> document in byDocument.OrderBy(d => d.Key.Id))
        {
            if (spans.ContainsKey(document.Key))
            {
                // A linked document: written with the file.
                continue;
            }

            if (await CanonicalNameWriter.RewriteAsync(rewritten, document.Key, document.Value, cancellationToken).ConfigureAwait(false) is not { } result)
            {
                return (null, document.Key);
            }

            rewritten = result.Solution;
            foreach (DocumentId id in solution.GetDocument(document.Key)!.GetLinkedDocumentIds().Prepend(document.Key))
            {
                spans[id] = result.Spans;
            }
        }

        return (new MigrationRewriter(rewritten, spans), null);
    }
}
