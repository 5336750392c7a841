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
using Ssot.Generators.Analysis;
using Ssot.Generators.Diagnostics;

namespace Ssot.CodeFixes;

/// <summary>
/// Deletes a hand-written type that still declares a legacy name (SSOT1006), every part of it, and each file that holds
/// nothing else; the title says how many of its members the canonical type cannot serve (SSOT1017).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeleteLegacyTypeCodeFixProvider))]
[Shared]
public sealed class DeleteLegacyTypeCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LegacyTypeAlreadyDeclared);

    /// <summary>One type at a time: deleting a type is a decision about that type, and removing files does not batch.</summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is not { } declaration
                || model?.GetDeclaredSymbol(declaration, context.CancellationToken) is not INamedTypeSymbol type)
            {
                continue;
            }

            int lost = diagnostic.Properties.TryGetValue(DiagnosticProperties.GapCount, out string? count)
                && int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) ? parsed : 0;
            string title = "Delete the hand-written '" + type.ToDisplayString() + "'"
                + (lost == 0 ? string.Empty : " (" + lost.ToString(CultureInfo.InvariantCulture) + (lost == 1 ? " member" : " members") + " with no counterpart would be lost)");
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => DeleteAsync(context.Document.Project.Solution, type, ct), equivalenceKey: nameof(DeleteLegacyTypeCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Solution> DeleteAsync(Solution solution, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (IGrouping<SyntaxTree, SyntaxReference> parts in type.DeclaringSyntaxReferences.GroupBy(r => r.SyntaxTree))
        {
            if (solution.GetDocument(parts.Key) is not { } document)
            {
                continue;
            }

            SyntaxNode root = await parts.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
            SyntaxNode? left = root.RemoveNodes(parts.Select(p => p.GetSyntax(cancellationToken)), SyntaxRemoveOptions.KeepNoTrivia);
            while (left?.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault(n => n.Members.Count == 0) is { } empty)
            {
                left = left.RemoveNode(empty, SyntaxRemoveOptions.KeepNoTrivia);
            }

            left = left is null ? null : WithoutLeadingBlankLines(left);
            solution = left is CompilationUnitSyntax { Members.Count: 0, AttributeLists.Count: 0 }
                ? solution.RemoveDocument(document.Id)
                : solution.WithDocumentSyntaxRoot(document.Id, left!);
        }

        return solution;
    }

    /// <summary>A member that now opens its namespace (or file) starts on its own line, not after the blank line that separated it from the deleted type.</summary>
    private static SyntaxNode WithoutLeadingBlankLines(SyntaxNode root)
    {
        MemberDeclarationSyntax[] firsts = root.DescendantNodesAndSelf()
            .Select(n => n switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Members.FirstOrDefault(),
                CompilationUnitSyntax unit => unit.Members.FirstOrDefault(),
                _ => null,
            })
            .OfType<MemberDeclarationSyntax>()
            .ToArray();
        return root.ReplaceNodes(firsts, (_, member) => member.WithLeadingTrivia(WithoutBlankLines(member.GetLeadingTrivia())));
    }

    private static SyntaxTriviaList WithoutBlankLines(SyntaxTriviaList trivia)
    {
        int start = 0;
        while (true)
        {
            int next = start < trivia.Count && trivia[start].IsKind(SyntaxKind.WhitespaceTrivia) ? start + 1 : start;
            if (next >= trivia.Count || !trivia[next].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return SyntaxFactory.TriviaList(trivia.Skip(start));
            }

            start = next + 1;
        }
    }
}
