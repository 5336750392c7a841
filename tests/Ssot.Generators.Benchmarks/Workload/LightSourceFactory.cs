using System.Globalization;
using System.Text;

namespace Ssot.Generators.Benchmarks.Workload;

/// <summary>
/// Writes the files of the light variant: per file an interface and a small class with 3–6 one-line members (the
/// number cycles with the file's index; a marked class's <c>[LoggerMessage]</c> method is one of them). Names,
/// namespaces and legacy names are <see cref="SourceFactory"/>'s, and a marked class carries the same three attributes
/// as there, so every scenario and generator runs on either variant.
/// </summary>
public static class LightSourceFactory
{
    public static string Write(FileShape shape)
    {
        string name = SourceFactory.ClassName(shape.Index);
        var text = new StringBuilder(1024);
        if (shape.Marked)
        {
            text.Append("using CommunityToolkit.Mvvm.ComponentModel;\nusing Microsoft.Extensions.Logging;\nusing Ssot;\n\n");
        }

        text.Append("namespace ").Append(SourceFactory.Namespace(shape.Index)).Append(";\n\n");
        text.Append("public interface I").Append(name).Append("\n{\n    int Count { get; }\n\n    string Describe(string prefix);\n}\n\n");
        if (shape.Marked)
        {
            text.Append("[Canonical(\"").Append(SourceFactory.LegacyName(shape.Index)).Append("\")]\n[INotifyPropertyChanged]\n");
        }

        // The unrelated edit changes the constant of the first member's one-line body.
        text.Append("public sealed partial class ").Append(name).Append(" : I").Append(name).Append("\n{\n")
            .Append("    public int Count => ").Append(shape.EditValue.ToString(CultureInfo.InvariantCulture)).Append(";\n\n")
            .Append("    public string Name { get; set; } = \"").Append(name).Append("\";\n\n")
            .Append("    public string Describe(string prefix) => prefix + Name;\n");
        int members = 3 + (shape.Index % 4);
        if (members >= 4)
        {
            text.Append("\n    public bool IsEmpty => Count == 0;\n");
        }

        if (members >= 5)
        {
            text.Append("\n    public int Scale(int value) => value * Count;\n");
        }

        if (members >= 6)
        {
            text.Append("\n    public override string ToString() => Name;\n");
        }

        if (shape.AddedMember is int added)
        {
            string k = added.ToString(CultureInfo.InvariantCulture);
            text.Append("\n    public int Added").Append(k).Append("(int value) => value * ").Append(k).Append(";\n");
        }

        if (shape.LegacyTarget is int target)
        {
            string legacy = SourceFactory.LegacyName(target);
            text.Append("\n    public string UseLegacy()\n    {\n")
                .Append("        ").Append(legacy).Append(" legacy = new ").Append(legacy).Append("();\n")
                .Append("        return legacy.Describe(\"k\") + typeof(").Append(legacy).Append(").Name;\n    }\n");
        }

        if (shape.Marked)
        {
            text.Append("\n    [LoggerMessage(EventId = ").Append(shape.Index.ToString(CultureInfo.InvariantCulture))
                .Append(", Level = LogLevel.Information, Message = \"Described {Prefix}\")]\n")
                .Append("    private static partial void LogDescribed(ILogger logger, string prefix);\n");
        }

        return text.Append("}\n").ToString();
    }
}
