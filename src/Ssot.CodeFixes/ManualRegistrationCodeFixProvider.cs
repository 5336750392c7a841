using System.Collections.Immutable;
using System.Linq;
using System.Composition;
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

/// <summary>Replaces a manual registration of a canonical or legacy type with the generated registration method.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ManualRegistrationCodeFixProvider))]
[Shared]
public sealed class ManualRegistrationCodeFixProvider : SsotCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ManualRegistration);

    protected override CodeAction? CreateFix(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.RegistrationMethod, out string? method) && method is not null
        && RegistrationCall(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is { } call
        && CanCall(model, call.Receiver, method)
            ? CodeAction.Create(
                "Use services." + method + "()",
                ct => FixAsync(document, call.Invocation, call.Receiver, method, ct),
                equivalenceKey: nameof(ManualRegistrationCodeFixProvider))
            : null;

    /// <summary>
    /// Whether the generated method can be called there: it may not exist (no registration for that type) or may be
    /// internal to another assembly (<c>SsotRegistrationVisibility</c>), and a fix must compile.
    /// </summary>
    private static bool CanCall(SemanticModel model, ExpressionSyntax receiver, string method) =>
        model.GetTypeInfo(receiver).Type is { } receiverType
        && model.LookupSymbols(receiver.SpanStart, receiverType, method, includeReducedExtensionMethods: true).Any();

    /// <summary>The call on the service collection that the registration is: the reported call itself, or the Add/TryAdd it is passed to.</summary>
    private static (InvocationExpressionSyntax Invocation, ExpressionSyntax Receiver)? RegistrationCall(SyntaxNode node)
    {
        for (SyntaxNode? current = node; current is not null and not StatementSyntax; current = current.Parent)
        {
            if (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver, Name.Identifier.ValueText: var name } } invocation
                && (name.StartsWith("Add", System.StringComparison.Ordinal) || name.StartsWith("TryAdd", System.StringComparison.Ordinal))
                && receiver is not IdentifierNameSyntax { Identifier.ValueText: "ServiceDescriptor" })
            {
                return (invocation, receiver);
            }
        }

        return null;
    }

    private static async Task<Document> FixAsync(Document document, InvocationExpressionSyntax invocation, ExpressionSyntax receiver, string method, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        InvocationExpressionSyntax replacement = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver.WithoutTrivia(), SyntaxFactory.IdentifierName(method)))
            .WithTriviaFrom(invocation);
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement));
    }
}
