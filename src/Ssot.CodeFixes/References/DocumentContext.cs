using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Ssot.CodeFixes.References;

/// <summary>A document of one solution with its syntax root and semantic model, read once.</summary>
internal sealed class DocumentContext
{
    private DocumentContext(Document document, SyntaxNode root, SemanticModel model)
    {
        Document = document;
        Root = root;
        Model = model;
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    /// <summary>Reads documents of one solution, each once.</summary>
    public sealed class Cache
    {
        private readonly Dictionary<DocumentId, DocumentContext?> _contexts = [];

        public Cache(Solution solution) => Solution = solution;

        public Solution Solution { get; }

        /// <summary>The context of an ordinary document of the solution; <see langword="null"/> for generated or missing ones, which no fix edits.</summary>
        public async Task<DocumentContext?> GetAsync(DocumentId id, CancellationToken cancellationToken)
        {
            if (!_contexts.TryGetValue(id, out DocumentContext? context))
            {
                Document? document = Solution.GetDocument(id) is { } found and not SourceGeneratedDocument ? found : null;
                SyntaxNode? root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                SemanticModel? model = document is null ? null : await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                context = document is not null && root is not null && model is not null ? new DocumentContext(document, root, model) : null;
                _contexts[id] = context;
            }

            return context;
        }

        public Task<DocumentContext?> GetAsync(SyntaxTree tree, CancellationToken cancellationToken) =>
            Solution.GetDocumentId(tree) is { } id ? GetAsync(id, cancellationToken) : Task.FromResult<DocumentContext?>(null);
    }
}
