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
using Ssot.Generators.Analysis;
using Ssot.Generators.Diagnostics;

namespace Ssot.CodeFixes;

/// <summary>
/// Renames a use of a member's legacy name (<c>[LegacyName]</c>) to the member's name, only where the renamed use is
/// shown to call the member the old name forwarded to (another overload of the new name could be a better match).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LegacyMemberCodeFixProvider))]
[Shared]
public sealed class LegacyMemberCodeFixProvider : CodeFixProvider
{
    private static readonly SyntaxAnnotation Renamed = new("Ssot.RenamedMember");

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LegacyMemberName);

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
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Target, out string? target) || target is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not SimpleNameSyntax name
                || model.GetSymbolInfo(name, context.CancellationToken).Symbol is not { } forwarder)
            {
                continue;
            }

            Document renamed = Rename(context.Document, root, name, target);
            if (await CallsSameMemberAsync(renamed, forwarder, target, context.CancellationToken).ConfigureAwait(false))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use '" + target + "'", _ => Task.FromResult(renamed), equivalenceKey: nameof(LegacyMemberCodeFixProvider)),
                    diagnostic);
            }
        }
    }

    private static Document Rename(Document document, SyntaxNode root, SimpleNameSyntax name, string target)
    {
        SyntaxToken identifier = SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, SyntaxFacts.GetKeywordKind(target) == SyntaxKind.None ? target : "@" + target, name.Identifier.TrailingTrivia);
        return document.WithSyntaxRoot(root.ReplaceNode(name, name.WithIdentifier(identifier).WithAdditionalAnnotations(Renamed)));
    }

    /// <summary>Whether the renamed use binds to a member of the target name with the forwarder's very signature.</summary>
    private static async Task<bool> CallsSameMemberAsync(Document renamed, ISymbol forwarder, string target, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await renamed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await renamed.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.GetAnnotatedNodes(Renamed).FirstOrDefault() is not { } node || model is null
            || model.GetSymbolInfo(node, cancellationToken).Symbol is not { } symbol || symbol.Name != target)
        {
            return false;
        }

        return (forwarder, symbol) switch
        {
            (IMethodSymbol old, IMethodSymbol now) =>
                old.Parameters.Length == now.Parameters.Length
                && old.Parameters.Zip(now.Parameters, (a, b) => a.RefKind == b.RefKind && SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same)
                && SymbolEqualityComparer.Default.Equals(old.ReturnType, now.ReturnType),
            (IPropertySymbol old, IPropertySymbol now) => SymbolEqualityComparer.Default.Equals(old.Type, now.Type),
            (IEventSymbol old, IEventSymbol now) => SymbolEqualityComparer.Default.Equals(old.Type, now.Type),
            _ => false,
        };
    }
}
