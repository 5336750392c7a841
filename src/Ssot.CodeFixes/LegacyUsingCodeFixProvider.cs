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
public sealed class LegacyUsingCodeFixProvider : SsotCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LegacyUsingDirective);

    /// <summary>
    /// Fix All rewrites the using lines of a document one after another, last line first: batched, the fixes of
    /// neighbouring lines conflicted when merged in some orders, and then none was applied.
    /// </summary>
    public override FixAllProvider GetFixAllProvider() => SequentialFixAll.Instance;

    protected override CodeAction? CreateFix(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan) is not UsingDirectiveSyntax directive || CanonicalOf(diagnostic, model.Compilation) is not { } canonical
            || directive.Alias is null && StillServes(directive, root, model))
        {
            return null;
        }

        string title = directive.Alias is not null
            ? "Point the alias at '" + canonical.ToDisplayString() + "'"
            : canonical.ContainingNamespace.IsGlobalNamespace || Imports(root, canonical.ContainingNamespace.ToDisplayString())
                ? "Remove the legacy using directive"
                : "Import '" + canonical.ContainingNamespace.ToDisplayString() + "' instead";
        return CodeAction.Create(title, ct => FixAsync(document, directive, canonical, ct), equivalenceKey: nameof(LegacyUsingCodeFixProvider));
    }

    private static async Task<Document> FixAsync(Document document, UsingDirectiveSyntax directive, INamedTypeSymbol canonical, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        if (directive.Alias is not null)
        {
            return document.WithSyntaxRoot(root.ReplaceNode(directive.Name!, AliasTarget(directive.Name!, canonical).WithTriviaFrom(directive.Name!)));
        }

        string canonicalNamespace = canonical.ContainingNamespace.IsGlobalNamespace ? string.Empty : canonical.ContainingNamespace.ToDisplayString();
        if (canonicalNamespace.Length == 0 || Imports(root, canonicalNamespace))
        {
            return document.WithSyntaxRoot(root.RemoveNode(directive, SyntaxRemoveOptions.KeepNoTrivia)!);
        }

        // Inside a namespace declaration the name is looked up from that namespace: 'using New.Core;' inside 'App'
        // means 'App.New.Core' where the project declares a namespace 'App.New'.
        SemanticModel? model = directive.Parent is BaseNamespaceDeclarationSyntax ? await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) : null;
        string written = model is not null && Shadowed(model, directive.SpanStart, canonicalNamespace) ? "global::" + canonicalNamespace : canonicalNamespace;
        UsingDirectiveSyntax replacement = directive.WithName(SyntaxFactory.ParseName(written).WithTriviaFrom(directive.Name!))
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(directive, replacement));
    }

    /// <summary>
    /// The canonical type an alias of <paramref name="legacy"/> points at instead: a generic one with the type
    /// arguments the alias gave the legacy type (<c>using X = Old.Box&lt;int&gt;;</c> becomes <c>New.Box&lt;int&gt;</c>).
    /// </summary>
    private static NameSyntax AliasTarget(NameSyntax legacy, INamedTypeSymbol canonical)
    {
        SymbolDisplayFormat format = SymbolDisplayFormat.CSharpErrorMessageFormat
            .WithGenericsOptions(SymbolDisplayGenericsOptions.None)
            .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);
        NameSyntax target = SyntaxFactory.ParseName(canonical.ToDisplayString(format));
        SimpleNameSyntax last = target is QualifiedNameSyntax qualified ? qualified.Right : (SimpleNameSyntax)target;
        SimpleNameSyntax legacyLast = legacy switch
        {
            QualifiedNameSyntax q => q.Right,
            AliasQualifiedNameSyntax a => a.Name,
            _ => (SimpleNameSyntax)legacy,
        };
        return legacyLast is GenericNameSyntax { TypeArgumentList: var arguments } && canonical.Arity == arguments.Arguments.Count
            ? target.ReplaceNode(last, SyntaxFactory.GenericName(last.Identifier, arguments))
            : target;
    }

    private sealed class SequentialFixAll : DocumentBasedFixAllProvider
    {
        public static readonly SequentialFixAll Instance = new();

        protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Migrate the legacy using directives";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            // Bottom-up, so that each fix leaves the spans of the diagnostics still to fix where they were.
            foreach (Diagnostic diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
            {
                SyntaxNode? root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                SemanticModel? model = await document.GetSemanticModelAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
                if (root?.FindNode(diagnostic.Location.SourceSpan) is UsingDirectiveSyntax directive
                    && model is not null
                    && CanonicalOf(diagnostic, model.Compilation) is { } canonical
                    && (directive.Alias is not null || !StillServes(directive, root, model)))
                {
                    document = await FixAsync(document, directive, canonical, fixAllContext.CancellationToken).ConfigureAwait(false);
                }
            }

            return document;
        }
    }

    /// <summary>
    /// Whether a legacy reference of the file still needs the import: a bare simple name of a legacy type of that
    /// namespace that was not migrated (one in a library's shipped API, say, or in an XML doc cref). Removing the import
    /// would break it. A use of a using alias needs the alias, not the import.
    /// </summary>
    private static bool StillServes(UsingDirectiveSyntax directive, SyntaxNode root, SemanticModel model)
    {
        string? imported = directive.Name is { } name ? model.GetSymbolInfo(name).Symbol?.ToDisplayString() : null;
        return imported is not null && References.LegacyReferences.In(root.DescendantNodes(descendIntoTrivia: true), model, CancellationToken.None).Any(reference =>
            Bare(References.LegacyReferenceNode.Find(root, reference.Span)) is { } bare
            && model.GetAliasInfo(bare) is null
            && model.GetSymbolInfo(bare).Symbol is { } symbol
            && (symbol as INamedTypeSymbol ?? symbol.ContainingType)?.ContainingNamespace.ToDisplayString() == imported);
    }

    /// <summary>The simple name a reference is, if it is one: <c>Type</c>, or <c>cref="Type"</c> in a doc comment.</summary>
    private static SimpleNameSyntax? Bare(SyntaxNode? reference) => reference switch
    {
        SimpleNameSyntax simple => simple,
        NameMemberCrefSyntax { Name: SimpleNameSyntax simple } => simple,
        _ => null,
    };

    /// <summary>Whether the first part of <paramref name="ns"/> means something other than the global namespace of that name at <paramref name="position"/>.</summary>
    private static bool Shadowed(SemanticModel model, int position, string ns)
    {
        string first = ns.Split('.')[0];
        return model.LookupNamespacesAndTypes(position, name: first).Any(symbol => symbol is not INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true });
    }

    private static bool Imports(SyntaxNode root, string ns) =>
        root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>()
            .Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == ns);
}
