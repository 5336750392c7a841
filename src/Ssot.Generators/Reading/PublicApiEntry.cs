using System;
using System.Collections.Generic;

namespace Ssot.Generators.Reading;

/// <summary>
/// One line of a PublicApiAnalyzers file, split the way that tool writes it: modifiers, then the qualified name of the
/// type or member (with its parameters), then <c> -&gt; </c> and the member's type. For example
/// <c>static Old.Ns.Widget.Make(string! name = "x") -&gt; Old.Ns.Widget!</c>, <c>Old.Ns.Widget.Count.get -&gt; int</c>,
/// <c>const Old.Ns.Widget.Max = 5 -&gt; int</c>, or <c>Old.Ns.Widget</c> for the type itself.
/// </summary>
/// <param name="Head">The qualified name with the parameter list, without modifiers.</param>
/// <param name="Type">The member's type (a method's return type), or <see langword="null"/> for a type entry.</param>
/// <param name="IsStatic">Whether the member is static (<c>static</c> or <c>const</c>).</param>
internal sealed record PublicApiEntry(string Head, string? Type, bool IsStatic)
{
    private const string ArrowText = " -> ";
    private const string ForwardedText = " (forwarded, contained in ";

    // What PublicApiAnalyzers writes before a name: Roslyn's modifiers of members and fields.
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "static", "const", "readonly", "virtual", "abstract", "override", "sealed", "extern", "new", "event", "required", "volatile", "unsafe", "async", "partial",
    };

    /// <summary>Splits a line; <see langword="null"/> when it has no name.</summary>
    public static PublicApiEntry? Parse(string line)
    {
        string text = line.Trim().TrimStart('~');
        int forwarded = text.IndexOf(ForwardedText, StringComparison.Ordinal);
        if (forwarded >= 0)
        {
            text = text.Substring(0, forwarded);
        }

        int arrow = ApiText.LastAtTopLevel(text, ArrowText);
        string head = arrow < 0 ? text : text.Substring(0, arrow);
        string? type = arrow < 0 ? null : text.Substring(arrow + ArrowText.Length).Trim();

        bool isStatic = false;
        while (head.IndexOf(' ') is var space and > 0 && Modifiers.Contains(head.Substring(0, space)))
        {
            string modifier = head.Substring(0, space);
            isStatic |= modifier is "static" or "const";
            head = head.Substring(space + 1).TrimStart();
        }

        return head.Length == 0 ? null : new PublicApiEntry(head, type, isStatic);
    }

    /// <summary>
    /// Whether the entry is the type <paramref name="typeName"/> (<c>Ns.Outer.Inner</c>, without type parameters) or one of
    /// its members; <paramref name="member"/> is then what follows the type's name and dot (empty for the type itself), and
    /// <paramref name="typeParameters"/> the names of the type's own type parameters as the entry writes them.
    /// </summary>
    public bool IsOf(string typeName, out string member, out IReadOnlyList<string> typeParameters)
    {
        member = string.Empty;
        typeParameters = Array.Empty<string>();
        if (!Head.StartsWith(typeName, StringComparison.Ordinal))
        {
            return false;
        }

        int at = typeName.Length;
        if (at < Head.Length && Head[at] == '<')
        {
            int close = ApiText.Closing(Head, at);
            if (close < 0)
            {
                return false;
            }

            typeParameters = ApiText.SplitTopLevel(Head.Substring(at + 1, close - at - 1));
            at = close + 1;
        }

        if (at == Head.Length)
        {
            return true;
        }

        if (Head[at] != '.')
        {
            return false;
        }

        member = Head.Substring(at + 1);
        return member.Length > 0;
    }
}
