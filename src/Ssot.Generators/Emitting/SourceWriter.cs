using System.Text;

namespace Ssot.Generators.Emitting;

/// <summary>A small indenting writer for generated C#: four spaces an indent, <c>\n</c> line endings.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public SourceWriter WriteLine() => WriteLine(string.Empty);

    /// <summary>Writes <paramref name="line"/> and an opening brace, and indents.</summary>
    public SourceWriter OpenBlock(string line)
    {
        WriteLine(line);
        WriteLine("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        WriteLine("}" + suffix);
        return this;
    }

    public override string ToString() => _text.ToString();
}
