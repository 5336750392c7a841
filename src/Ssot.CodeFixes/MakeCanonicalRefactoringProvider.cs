using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Ssot.CodeFixes;

/// <summary>
/// Starts a consolidation in one step: on a class, struct, record or interface declaration, renames the declaration (and
/// its constructors) to <c>Unified</c> + its name, keeps the old full name as its legacy name with
/// <c>[Canonical("...")]</c>, and starts the IDE's inline rename on the new name. References are left as they are: the
/// generated shim and alias serve them.
/// </summary>
[ExportCodeRefactoringProvider(LanguageNames.CSharp, Name = nameof(MakeCanonicalRefactoringProvider))]
[Shared]
public sealed class MakeCanonicalRefactoringProvider : CodeRefactoringProvider
{
    /// <summary>What the new name starts with (an interface's: after its leading <c>I</c>).</summary>
    public const string Prefix = "Unified";

    public override async Task ComputeRefactoringsAsync(CodeRefactoringContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
            || declaration is not (ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax or InterfaceDeclarationSyntax)
            || !declaration.Identifier.Span.IntersectsWith(context.Span) && !declaration.Keyword.Span.IntersectsWith(context.Span)
            || await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false) is not { } model
            || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type
            || type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Ssot.CanonicalAttribute")
            || type.DeclaringSyntaxReferences.Length != 1
            || model.Compilation.GetTypeByMetadataName("Ssot.CanonicalAttribute") is null)
        {
            return;
        }

        string legacyName = MetadataName(type);
        context.RegisterRefactoring(CodeAction.Create(
            "Make canonical: rename it and keep '" + type.Name + "' as a legacy name",
            ct => MakeCanonicalAsync(context.Document, root, declaration, legacyName, NewName(type.Name, declaration is InterfaceDeclarationSyntax), ct),
            equivalenceKey: nameof(MakeCanonicalRefactoringProvider)));
    }

    /// <summary><c>Unified</c> + the name; an interface keeps its leading <c>I</c> first (<c>IReader</c> becomes <c>IUnifiedReader</c>).</summary>
    public static string NewName(string name, bool isInterface) =>
        isInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? "I" + Prefix + name.Substring(1) : Prefix + name;

    private static string MetadataName(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        return type.ContainingNamespace.IsGlobalNamespace ? name : type.ContainingNamespace.ToDisplayString() + "." + name;
    }

    private static Task<Document> MakeCanonicalAsync(Document document, SyntaxNode root, TypeDeclarationSyntax declaration, string legacyName, string newName, CancellationToken cancellationToken)
    {
        SyntaxToken renamed = SyntaxFactory.Identifier(declaration.Identifier.LeadingTrivia, newName, declaration.Identifier.TrailingTrivia)
            .WithAdditionalAnnotations(RenameAnnotation.Create());
        TypeDeclarationSyntax updated = declaration.ReplaceNodes(
            declaration.Members.OfType<ConstructorDeclarationSyntax>().Where(c => c.Identifier.ValueText == declaration.Identifier.ValueText),
            (_, constructor) => constructor.WithIdentifier(SyntaxFactory.Identifier(constructor.Identifier.LeadingTrivia, newName, constructor.Identifier.TrailingTrivia)));
        updated = updated.WithIdentifier(renamed);

        // [Canonical] is written qualified and simplified, so a file without 'using Ssot;' gets it only if nothing else is called so.
        AttributeSyntax attribute = SyntaxFactory.Attribute(
            SyntaxFactory.ParseName("global::Ssot.Canonical").WithAdditionalAnnotations(Simplifier.Annotation),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(legacyName))))));
        AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithLeadingTrivia(declaration.GetLeadingTrivia())
            .WithTrailingTrivia(EndOfLineOf(root));
        updated = updated.WithoutLeadingTrivia().WithAttributeLists(updated.AttributeLists.Insert(0, list));
        if (declaration.AttributeLists.Count > 0)
        {
            // The first existing list keeps its own line, indented like the declaration.
            updated = updated.WithAttributeLists(updated.AttributeLists.Replace(updated.AttributeLists[1], updated.AttributeLists[1].WithLeadingTrivia(IndentationOf(declaration))));
        }
        else
        {
            updated = updated.WithModifiers(updated.Modifiers.Count > 0
                ? updated.Modifiers.Replace(updated.Modifiers[0], updated.Modifiers[0].WithLeadingTrivia(IndentationOf(declaration)))
                : updated.Modifiers);
            if (updated.Modifiers.Count == 0)
            {
                updated = updated.WithKeyword(updated.Keyword.WithLeadingTrivia(IndentationOf(declaration)));
            }
        }

        return Simplifier.ReduceAsync(document.WithSyntaxRoot(root.ReplaceNode(declaration, updated)), Simplifier.Annotation, cancellationToken: cancellationToken);
    }

    /// <summary>The file's own line ending.</summary>
    private static SyntaxTrivia EndOfLineOf(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } eol ? eol : SyntaxFactory.CarriageReturnLineFeed;

    private static SyntaxTriviaList IndentationOf(SyntaxNode declaration) =>
        SyntaxFactory.TriviaList(declaration.GetLeadingTrivia().Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
}
