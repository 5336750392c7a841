using System.Text;

namespace Ssot.Generators.Tests.Differential;

/// <summary>A tiny indenting writer for the generated libraries and consumers ('\n' line ends, four spaces a level).</summary>
internal sealed class CodeText
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public CodeText Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public CodeText Open(string line)
    {
        Line(line).Line("{");
        _depth++;
        return this;
    }

    public CodeText Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
