using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.Generators.Reading;

/// <summary>The text of names as written, which the rules compare and the analyzers filter on before they bind anything.</summary>
internal static class NameText
{
    /// <summary>A namespace and each namespace it is nested in: code in <c>A.B</c> finds the types of <c>A</c> by simple name too.</summary>
    public static IEnumerable<string> Enclosing(string ns)
    {
        for (string current = ns; current.Length > 0;)
        {
            yield return current;
            int dot = current.LastIndexOf('.');
            current = dot < 0 ? string.Empty : current.Substring(0, dot);
        }
    }

    /// <summary>The last identifier of a name as written: <c>Manager</c> in <c>Acme.Legacy.Manager</c> or <c>global::Manager</c>.</summary>
    public static string Last(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>Adds to <paramref name="names"/> each alias that names one of them, through aliases of aliases (<c>using B = A;</c>).</summary>
    public static void AddAliases(HashSet<string> names, IReadOnlyCollection<Model.AliasTarget> aliases)
    {
        for (bool added = true; added;)
        {
            added = false;
            foreach (Model.AliasTarget alias in aliases)
            {
                added |= names.Contains(alias.Target) && names.Add(alias.Name);
            }
        }
    }

    /// <summary>The text of a namespace a using imports, as written but without white space, '@' and 'global::' (a namespace symbol's display text).</summary>
    public static string Unqualified(NameSyntax name)
    {
        // The common shapes are read from their tokens; anything else from the text, as it always was.
        if (SimpleText(name) is { } simple)
        {
            return simple;
        }

        string text = string.Concat(name.ToString().Where(c => !char.IsWhiteSpace(c))).Replace("@", string.Empty);
        return text.StartsWith("global::", StringComparison.Ordinal) ? text.Substring("global::".Length) : text;
    }

    private static string? SimpleText(NameSyntax name) => name switch
    {
        IdentifierNameSyntax identifier when IsPlain(identifier.Identifier) => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified when IsPlain(qualified.DotToken) && SimpleText(qualified.Left) is { } left && SimpleText(qualified.Right) is { } right => left + "." + right,
        AliasQualifiedNameSyntax { Alias.Identifier.Text: "global" } global
            when IsPlain(global.Alias.Identifier) && IsPlain(global.ColonColonToken) && SimpleText(global.Name) is { } right => right,
        _ => null,
    };

    // No unicode escape and no trivia inside the name: its value text is what the text would give.
    private static bool IsPlain(SyntaxToken token) =>
        !token.HasLeadingTrivia
        && !token.HasTrailingTrivia
        && (!token.IsKind(SyntaxKind.IdentifierToken) || token.Text.Length == token.ValueText.Length + (token.Text.StartsWith("@", StringComparison.Ordinal) ? 1 : 0));
}
