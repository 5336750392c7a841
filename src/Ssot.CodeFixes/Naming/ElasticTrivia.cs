using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ssot.CodeFixes.Naming;

/// <summary>
/// Elastic trivia (what syntax factories put around the tokens they make) asks a code action's cleanup to format the
/// code around it; in a cref that is the declaration the comment belongs to, which is then re-indented. A name swapped
/// for a name needs no formatting: its trivia is made plain.
/// </summary>
internal static class ElasticTrivia
{
    public static T Remove<T>(T node)
        where T : SyntaxNode =>
        node.ReplaceTokens(
            node.DescendantTokens(descendIntoTrivia: true).Where(t => t.LeadingTrivia.Any(IsElastic) || t.TrailingTrivia.Any(IsElastic)),
            (_, token) => token.WithLeadingTrivia(Plain(token.LeadingTrivia)).WithTrailingTrivia(Plain(token.TrailingTrivia)));

    private static bool IsElastic(SyntaxTrivia trivia) => trivia.HasAnnotation(SyntaxAnnotation.ElasticAnnotation);

    private static SyntaxTriviaList Plain(SyntaxTriviaList trivia) =>
        SyntaxFactory.TriviaList(trivia.Where(t => !IsElastic(t) || t.Span.Length > 0).Select(t => IsElastic(t) ? SyntaxFactory.Whitespace(t.ToString()) : t));
}
