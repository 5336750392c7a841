using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using Ssot.Generators.Analysis;
using Ssot.Generators.Diagnostics;

namespace Ssot.CodeFixes;

/// <summary>Rewrites a legacy type reference to its canonical type, qualified no more than the file needs.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LegacyReferenceCodeFixProvider))]
[Shared]
public sealed class LegacyReferenceCodeFixProvider : SsotCodeFixProvider
{
    private static readonly SymbolDisplayFormat Minimal = SymbolDisplayFormat.MinimallyQualifiedFormat
        .WithGenericsOptions(SymbolDisplayGenericsOptions.None)
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LegacyReference);

    protected override CodeAction? CreateFix(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic) =>
        CanonicalOf(diagnostic, model.Compilation) is { } canonical
            ? CodeAction.Create(
                "Use '" + canonical.ToDisplayString() + "'",
                ct => FixAsync(document, diagnostic.Location.SourceSpan, canonical, ct),
                equivalenceKey: nameof(LegacyReferenceCodeFixProvider))
            : null;

    private static async Task<Document> FixAsync(Document document, TextSpan span, INamedTypeSymbol canonical, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        SemanticModel model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        SyntaxNode node = root.FindNode(span, findInsideTrivia: true, getInnermostNodeForTie: true);

        string name = canonical.ToMinimalDisplayString(model, node.SpanStart, Minimal) + TypeArguments(node);
        SyntaxNode replacement = node switch
        {
            QualifiedCrefSyntax or NameMemberCrefSyntax => SyntaxFactory.NameMemberCref(SyntaxFactory.ParseTypeName(name)),
            TypeSyntax => SyntaxFactory.ParseTypeName(name),
            _ => SyntaxFactory.ParseExpression(name),
        };
        replacement = replacement.WithTriviaFrom(node).WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }

    /// <summary>The last simple name of a reported reference: <c>Type</c> in <c>Old.Ns.Type</c>.</summary>
    private static SimpleNameSyntax? RightmostName(SyntaxNode node) => node switch
    {
        SimpleNameSyntax simple => simple,
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax alias => alias.Name,
        MemberAccessExpressionSyntax access => access.Name,
        QualifiedCrefSyntax cref => RightmostName(cref.Member),
        NameMemberCrefSyntax cref => RightmostName(cref.Name),
        _ => null,
    };

    private static string TypeArguments(SyntaxNode node) =>
        RightmostName(node) is GenericNameSyntax generic ? generic.TypeArgumentList.ToString() : string.Empty;
}
