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
using Ssot.Generators.Analysis;
using Ssot.Generators.Diagnostics;

namespace Ssot.CodeFixes;

/// <summary>
/// Points a legacy alias at the canonical type, and replaces a legacy namespace import with the canonical
/// namespace (or removes it when the file already imports that namespace).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LegacyUsingCodeFixProvider))]
[Shared]
public sealed class LegacyUsingCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LegacyUsingDirective);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan) is not UsingDirectiveSyntax directive
                || !diagnostic.Properties.TryGetValue(LegacyReferenceAnalyzer.CanonicalProperty, out string? metadataName) || metadataName is null
                || model.Compilation.GetTypesByMetadataName(metadataName).FirstOrDefault() is not { } canonical)
            {
                continue;
            }

            string title = directive.Alias is not null
                ? "Point the alias at '" + canonical.ToDisplayString() + "'"
                : canonical.ContainingNamespace.IsGlobalNamespace || Imports(root, canonical.ContainingNamespace.ToDisplayString())
                    ? "Remove the legacy using directive"
                    : "Import '" + canonical.ContainingNamespace.ToDisplayString() + "' instead";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => FixAsync(context.Document, directive, canonical, ct), equivalenceKey: nameof(LegacyUsingCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document> FixAsync(Document document, UsingDirectiveSyntax directive, INamedTypeSymbol canonical, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        if (directive.Alias is not null)
        {
            NameSyntax target = SyntaxFactory.ParseName(canonical.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers)));
            return document.WithSyntaxRoot(root.ReplaceNode(directive.Name!, target.WithTriviaFrom(directive.Name!)));
        }

        string canonicalNamespace = canonical.ContainingNamespace.IsGlobalNamespace ? string.Empty : canonical.ContainingNamespace.ToDisplayString();
        if (canonicalNamespace.Length == 0 || Imports(root, canonicalNamespace))
        {
            return document.WithSyntaxRoot(root.RemoveNode(directive, SyntaxRemoveOptions.KeepNoTrivia)!);
        }

        UsingDirectiveSyntax replacement = directive.WithName(SyntaxFactory.ParseName(canonicalNamespace).WithTriviaFrom(directive.Name!))
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(directive, replacement));
    }

    private static bool Imports(SyntaxNode root, string ns) =>
        root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>()
            .Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == ns);
}
