using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>
/// A consumer file as text, with the spans where a legacy diagnostic is expected: each legacy type reference (SSOT0001,
/// or SSOT0006 where the name binds through the generated alias) and each legacy using line (SSOT0002).
/// <see cref="AliasUses"/> are the references that name the legacy type through a using alias of the file: the fix of
/// the alias's SSOT0002 migrates them all, so they need no fix of their own.
/// </summary>
internal sealed record RenderedFile(string Path, string Text, IReadOnlyList<TextSpan> References, IReadOnlyList<TextSpan> Usings, IReadOnlyList<TextSpan> AliasUses)
{
    // Markup the renderer writes around what it expects a diagnostic on; characters C# never needs here.
    public const char ReferenceStart = '⟦';
    public const char ReferenceEnd = '⟧';
    public const char UsingStart = '⟪';
    public const char UsingEnd = '⟫';
    public const char AliasUseStart = '⟨';
    public const char AliasUseEnd = '⟩';

    /// <summary>Removes the markup of <paramref name="marked"/>, keeping the spans it marked (they may nest).</summary>
    public static RenderedFile FromMarkup(string path, string marked)
    {
        var text = new StringBuilder(marked.Length);
        var references = new List<TextSpan>();
        var usings = new List<TextSpan>();
        var aliasUses = new List<TextSpan>();
        var open = new Stack<(char Kind, int Start)>();
        foreach (char c in marked)
        {
            switch (c)
            {
                case ReferenceStart or UsingStart or AliasUseStart:
                    open.Push((c, text.Length));
                    break;
                case ReferenceEnd or UsingEnd or AliasUseEnd:
                    (char kind, int start) = open.Pop();
                    var span = TextSpan.FromBounds(start, text.Length);
                    (kind == UsingStart ? usings : references).Add(span);
                    if (kind == AliasUseStart)
                    {
                        aliasUses.Add(span);
                    }

                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        references.Sort((a, b) => a.Start.CompareTo(b.Start));
        usings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new RenderedFile(path, text.ToString(), references, usings, aliasUses);
    }
}
