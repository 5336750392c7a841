using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Ssot.CodeFixes.Naming;
using Ssot.CodeFixes.References;
using Ssot.Generators.Diagnostics;

namespace Ssot.CodeFixes;

/// <summary>
/// Compares the canonical instance a facade wraps instead of the facade itself (SSOT1023): the facade-typed operand
/// becomes <c>(UnifiedWidget)other</c>. The facade converts to its canonical type without copying, so the cast yields
/// the very instance the other side may be. The canonical name is written as the other fixes write it: the shortest
/// name that binds to the canonical type there, never through the alias of the legacy name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IdentityThroughFacadeCodeFixProvider))]
[Shared]
public sealed class IdentityThroughFacadeCodeFixProvider : SsotCodeFixProvider
{
    private const string AnnotationKind = "Ssot.FacadeCast";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.IdentityThroughFacade);

    public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

    protected override CodeAction? CreateFix(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic) =>
        Operand(root, diagnostic.Location.SourceSpan) is { } operand && CanonicalOf(diagnostic, model.Compilation) is { } canonical
            ? CodeAction.Create(
                "Compare '(" + canonical.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")" + operand + "'",
                async cancellationToken => (await CastAsync(document, [diagnostic], cancellationToken).ConfigureAwait(false) ?? document).Project.Solution,
                equivalenceKey: nameof(IdentityThroughFacadeCodeFixProvider))
            : null;

    /// <summary>The reported operand: the expression of exactly the diagnostic's span.</summary>
    private static ExpressionSyntax? Operand(SyntaxNode root, TextSpan span) =>
        root.FullSpan.Contains(span) && root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax operand && operand.Span == span ? operand : null;

    /// <summary>The document with each reported operand cast to its canonical type, or <see langword="null"/> when a name cannot be written.</summary>
    private static async Task<Document?> CastAsync(Document document, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SemanticModel model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var casts = new Dictionary<ExpressionSyntax, (TypeSyntax Type, CanonicalType Canonical)>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (Operand(root, diagnostic.Location.SourceSpan) is not { } operand || CanonicalOf(diagnostic, model.Compilation) is not { } canonical)
            {
                continue;
            }

            // A generic facade's type arguments are its canonical type's: Repo<int> wraps UnifiedRepo<int>.
            INamedTypeSymbol target = model.GetTypeInfo(operand, cancellationToken).Type is INamedTypeSymbol { IsGenericType: true } facade
                && canonical.IsGenericType && facade.TypeArguments.Length == canonical.Arity
                ? canonical.Construct(facade.TypeArguments.ToArray())
                : canonical;
            TypeSyntax type = SyntaxFactory.ParseTypeName(target.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                .WithAdditionalAnnotations(new SyntaxAnnotation(AnnotationKind, casts.Count.ToString(CultureInfo.InvariantCulture)));
            casts[operand] = (type, CanonicalType.Of(canonical));
        }

        if (casts.Count == 0)
        {
            return document;
        }

        root = root.ReplaceNodes(casts.Keys, (operand, current) =>
            SyntaxFactory.CastExpression(casts[operand].Type, Parenthesized(current.WithoutTrivia())).WithTriviaFrom(current));
        CanonicalType[] canonicals = casts.Values.Select(c => c.Canonical).ToArray();
        List<(TextSpan Span, CanonicalType Canonical)> names = root.GetAnnotatedNodes(AnnotationKind)
            .Select(n => (n.Span, canonicals[int.Parse(n.GetAnnotations(AnnotationKind).First().Data!, CultureInfo.InvariantCulture)]))
            .ToList();
        Solution cast = document.WithSyntaxRoot(root).Project.Solution;
        return await CanonicalNameWriter.RewriteAsync(cast, document.Id, names, cancellationToken).ConfigureAwait(false) is { } result
            ? result.Solution.GetDocument(document.Id)
            : null;
    }

    /// <summary>The operand as a cast takes it: a primary expression as it is, anything else in parentheses.</summary>
    private static ExpressionSyntax Parenthesized(ExpressionSyntax operand) =>
        operand is IdentifierNameSyntax or GenericNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or ThisExpressionSyntax or ObjectCreationExpressionSyntax or LiteralExpressionSyntax
            ? operand
            : SyntaxFactory.ParenthesizedExpression(operand);

    /// <summary>Every operand of a document in one rewrite.</summary>
    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        public static readonly FixAll Instance = new();

        protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Compare the canonical instances the facades wrap";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await CastAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false) ?? document;
    }
}
