using System;
using System.Collections.Generic;
using System.Text;

namespace Ssot.Generators.Reading;

/// <summary>Scanning helpers for the text of API entries: brackets and quoted literals are skipped over.</summary>
internal static class ApiText
{
    /// <summary>The last index of <paramref name="value"/> outside brackets and quotes, or -1.</summary>
    public static int LastAtTopLevel(string text, string value)
    {
        int found = -1;
        Scan(text, 0, angles: false, (i, depth) =>
        {
            if (depth == 0 && string.CompareOrdinal(text, i, value, 0, value.Length) == 0)
            {
                found = i;
            }

            return false;
        });
        return found;
    }

    /// <summary>The first index of <paramref name="value"/> outside brackets and quotes, or -1.</summary>
    public static int FirstAtTopLevel(string text, string value) =>
        Scan(text, 0, angles: false, (i, depth) => depth == 0 && string.CompareOrdinal(text, i, value, 0, value.Length) == 0);

    /// <summary>The last space outside brackets (angle brackets too) and quotes, or -1: where a parameter's name starts.</summary>
    public static int LastSpaceAtTopLevel(string text)
    {
        int found = -1;
        Scan(text, 0, angles: true, (i, depth) =>
        {
            if (depth == 0 && text[i] == ' ')
            {
                found = i;
            }

            return false;
        });
        return found;
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, or -1.</summary>
    public static int Closing(string text, int open) =>
        Scan(text, open, angles: true, (i, depth) => depth == 0 && text[i] is ')' or ']' or '>' or '}');

    /// <summary>The parts of a comma-separated list, split outside brackets (angle brackets too) and quotes, trimmed.</summary>
    public static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        if (text.Trim().Length == 0)
        {
            return parts;
        }

        int start = 0;
        Scan(text, 0, angles: true, (i, depth) =>
        {
            if (depth == 0 && text[i] == ',')
            {
                parts.Add(text.Substring(start, i - start).Trim());
                start = i + 1;
            }

            return false;
        });
        parts.Add(text.Substring(start).Trim());
        return parts;
    }

    /// <summary>
    /// Replaces whole identifiers that name a type parameter (not after a dot) by their positional names, and drops the
    /// not-null marker <c>!</c>; <paramref name="keepNullable"/> <see langword="false"/> drops <c>?</c> too.
    /// </summary>
    public static string NormalizeType(string text, IReadOnlyDictionary<string, string> typeParameters, bool keepNullable)
    {
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsIdentifierPart(c))
            {
                int start = i;
                while (i + 1 < text.Length && IsIdentifierPart(text[i + 1]))
                {
                    i++;
                }

                string word = text.Substring(start, i - start + 1);
                bool qualified = start > 0 && text[start - 1] == '.';
                result.Append(!qualified && typeParameters.TryGetValue(word, out string? positional) ? positional : word);
            }
            else if (c == '!' || c == '?' && !keepNullable || c == ' ' && (i + 1 == text.Length || !IsIdentifierPart(text[i + 1]) || result.Length == 0 || !IsIdentifierPart(result[result.Length - 1])))
            {
                // Markers go, and spaces stay only between two words ('ref int'), so ', ' and 'int,' compare equal.
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';

    /// <summary>
    /// Visits each character outside quoted literals from <paramref name="start"/> with the bracket depth after it (an
    /// opening bracket counts itself, a closing one does not); stops at the first index <paramref name="stop"/> accepts
    /// and returns it, or -1. Angle brackets count only where <paramref name="angles"/> says so: in a member's name
    /// they can be an operator (<c>operator &lt;</c>).
    /// </summary>
    private static int Scan(string text, int start, bool angles, Func<int, int, bool> stop)
    {
        int depth = 0;
        char quote = '\0';
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                continue;
            }

            depth += c switch
            {
                '(' or '[' or '{' => 1,
                ')' or ']' or '}' => -1,
                '<' when angles => 1,
                '>' when angles => -1,
                _ => 0,
            };
            if (stop(i, depth))
            {
                return i;
            }
        }

        return -1;
    }
}
