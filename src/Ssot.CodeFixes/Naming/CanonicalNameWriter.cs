using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes.References;

namespace Ssot.CodeFixes.Naming;

/// <summary>
/// Rewrites the legacy references of one file to their canonical types. Each is first written fully qualified, then
/// shortened by the workspace's simplifier, then checked against the semantic model of the rewritten document (of every
/// project that compiles the file). A name that does not bind to its canonical type there, or binds only through an
/// alias the generator emitted for the legacy name (the name being retired), is written again one qualifier deeper
/// at a time, from the bare type name up to <c>global::</c> and every namespace, until it binds; each step is checked
/// the same way.
/// </summary>
internal static class CanonicalNameWriter
{
    private const string AnnotationKind = "Ssot.CanonicalName";

    /// <summary>
    /// The solution with the file rewritten in <paramref name="documentId"/> and in every document linked to it, and where
    /// each reference went (by its span before, its span after); <see langword="null"/> when a reference is gone or no name
    /// of its canonical type binds where it stands.
    /// </summary>
    public static async Task<(Solution Solution, Dictionary<TextSpan, TextSpan> Spans)?> RewriteAsync(
        Solution solution, DocumentId documentId, IReadOnlyList<(TextSpan Span, CanonicalType Canonical)> references, CancellationToken cancellationToken)
    {
        Document document = solution.GetDocument(documentId)!;
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SemanticModel model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;

        // A document rewritten before (a fix after a fix, Fix All of one ID after another's) still carries the annotations
        // of that rewrite, whose indexes are not this one's.
        root = root.ReplaceNodes(root.GetAnnotatedNodes(AnnotationKind), (_, current) => current.WithoutAnnotations(AnnotationKind));
        var targets = new Dictionary<SyntaxNode, (INamedTypeSymbol Symbol, SyntaxAnnotation Annotation)>();
        for (int i = 0; i < references.Count; i++)
        {
            if (LegacyReferenceNode.Find(root, references[i].Span) is not { } node || references[i].Canonical.Resolve(model.Compilation) is not { } symbol)
            {
                return null;
            }

            targets[node] = (symbol, new SyntaxAnnotation(AnnotationKind, i.ToString(CultureInfo.InvariantCulture)));
        }

        SyntaxNode original = root;
        root = root.ReplaceNodes(targets.Keys, (reference, current) =>
            CanonicalNameSyntax.Create(reference, current, targets[reference].Symbol, CanonicalNameSyntax.FullyQualified(targets[reference].Symbol))
                .WithAdditionalAnnotations(Simplifier.Annotation, targets[reference].Annotation));
        document = await Simplifier.ReduceAsync(document.WithSyntaxRoot(root), Simplifier.Annotation, null, cancellationToken).ConfigureAwait(false);
        root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;

        // How many qualifiers each name that did not bind is written with next; absent: the simplifier's choice stands.
        var qualifiers = new Dictionary<int, int>();
        if (root.GetAnnotatedNodes(AnnotationKind).Count() != references.Count)
        {
            // A name the simplifier rebuilt without its annotation could not be checked: write them all by the ladder instead.
            root = original.ReplaceNodes(targets.Keys, (reference, current) =>
                CanonicalNameSyntax.Create(reference, current, targets[reference].Symbol, 0).WithAdditionalAnnotations(targets[reference].Annotation));
            for (int i = 0; i < references.Count; i++)
            {
                qualifiers[i] = 0;
            }
        }

        // Nothing is left for a later cleanup to shorten or format: what is written is what was checked, and a formatted
        // cref would re-indent the declaration its comment belongs to.
        root = root.ReplaceNodes(
            root.GetAnnotatedNodes(Simplifier.Annotation).Concat(root.GetAnnotatedNodes(Formatter.Annotation)).Distinct(),
            (_, current) => current.WithoutAnnotations(Simplifier.Annotation).WithoutAnnotations(Formatter.Annotation));
        root = root.ReplaceNodes(root.GetAnnotatedNodes(AnnotationKind), (_, current) => ElasticTrivia.Remove(current));

        while (true)
        {
            Solution rewritten = await WithFileAsync(solution, documentId, root, cancellationToken).ConfigureAwait(false);
            var unbound = new Dictionary<SyntaxNode, (INamedTypeSymbol Symbol, int Qualifiers)>();
            foreach (SyntaxNode node in root.GetAnnotatedNodes(AnnotationKind))
            {
                int index = IndexOf(node);
                if (!await BindsEverywhereAsync(rewritten, documentId, node.Span, references[index].Canonical, cancellationToken).ConfigureAwait(false))
                {
                    INamedTypeSymbol symbol = references[index].Canonical.Resolve(model.Compilation)!;
                    int next = qualifiers.TryGetValue(index, out int tried) ? tried + 1 : 0;
                    if (next > CanonicalNameSyntax.FullyQualified(symbol))
                    {
                        return null;
                    }

                    qualifiers[index] = next;
                    unbound[node] = (symbol, next);
                }
            }

            if (unbound.Count == 0)
            {
                return (rewritten, root.GetAnnotatedNodes(AnnotationKind).ToDictionary(n => references[IndexOf(n)].Span, n => n.Span));
            }

            root = root.ReplaceNodes(unbound.Keys, (written, current) =>
                CanonicalNameSyntax.Create(written, current, unbound[written].Symbol, unbound[written].Qualifiers).WithAdditionalAnnotations(written.GetAnnotations(AnnotationKind)));
        }
    }

    private static int IndexOf(SyntaxNode node) =>
        int.Parse(node.GetAnnotations(AnnotationKind).First().Data!, CultureInfo.InvariantCulture);

    /// <summary>The solution with the document's new root, and the same text in each document linked to it.</summary>
    private static async Task<Solution> WithFileAsync(Solution solution, DocumentId documentId, SyntaxNode root, CancellationToken cancellationToken)
    {
        solution = solution.WithDocumentSyntaxRoot(documentId, root);
        SourceText text = await solution.GetDocument(documentId)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
        foreach (DocumentId linked in solution.GetDocument(documentId)!.GetLinkedDocumentIds())
        {
            solution = solution.WithDocumentText(linked, text);
        }

        return solution;
    }

    private static async Task<bool> BindsEverywhereAsync(Solution solution, DocumentId documentId, TextSpan span, CanonicalType canonical, CancellationToken cancellationToken)
    {
        Document document = solution.GetDocument(documentId)!;
        foreach (DocumentId id in document.GetLinkedDocumentIds().Prepend(documentId))
        {
            Document context = solution.GetDocument(id)!;
            SyntaxNode root = (await context.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            SemanticModel model = (await context.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
            if (LegacyReferenceNode.Find(root, span) is not { } node || !Binds(node, canonical, model, context.Project, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the written name means the canonical type, and not through an alias the generator emitted for the legacy name.</summary>
    private static bool Binds(SyntaxNode node, CanonicalType canonical, SemanticModel model, Project project, CancellationToken cancellationToken)
    {
        ISymbol? symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
        if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            // An attribute name binds to the attribute's constructor.
            symbol = constructor.ContainingType;
        }

        if (!canonical.Is(symbol as ITypeSymbol))
        {
            return false;
        }

        SimpleNameSyntax? name = node switch
        {
            SimpleNameSyntax simple => simple,
            NameMemberCrefSyntax { Name: SimpleNameSyntax simple } => simple,
            _ => null,
        };
        return name is not IdentifierNameSyntax identifier
            || model.GetAliasInfo(identifier, cancellationToken) is not { } alias
            || alias.DeclaringSyntaxReferences.All(r => project.GetDocument(r.SyntaxTree) is { } declaring && declaring is not SourceGeneratedDocument);
    }
}
