using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Ssot.Generators.Analysis;

namespace Ssot.CodeFixes;

/// <summary>What every fix of the package shares: one action per diagnostic, and Fix All by batching them.</summary>
public abstract class SsotCodeFixProvider : CodeFixProvider
{
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (CreateFix(context.Document, root, model, diagnostic) is { } action)
            {
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }

    /// <summary>The fix of one diagnostic, or <see langword="null"/> when the code around it has changed shape.</summary>
    protected abstract CodeAction? CreateFix(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic);

    /// <summary>The canonical type the analyzer named on the diagnostic.</summary>
    protected static INamedTypeSymbol? CanonicalOf(Diagnostic diagnostic, Compilation compilation) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Canonical, out string? metadataName) && metadataName is not null
            ? compilation.GetTypesByMetadataName(metadataName).FirstOrDefault()
            : null;
}
