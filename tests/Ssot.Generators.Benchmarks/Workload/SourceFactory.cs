using System.Globalization;
using System.Text;

namespace Ssot.Generators.Benchmarks.Workload;

/// <summary>
/// Writes the synthetic files: per file an interface, an event-args class and a service class with the public surface
/// a facade must forward (constructors, get/set/init properties, methods with <c>out</c> and default values, an async
/// method, an event) and method bodies with loops and LINQ, so that a plain compile costs what a real one does.
/// </summary>
public static class SourceFactory
{
    private static readonly string[] Prefixes = ["Order", "Invoice", "Customer", "Shipment", "Catalog", "Payment", "Report", "Session"];

    /// <summary>The namespace every file's types live in.</summary>
    public static string Namespace(int index) => "Bench.Area" + (index % 25).ToString(CultureInfo.InvariantCulture);

    public static string ClassName(int index) => Prefixes[index % Prefixes.Length] + "Service" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The legacy full name a marked class replaces.</summary>
    public static string LegacyName(int index) =>
        "Bench.Legacy.Area" + (index % 25).ToString(CultureInfo.InvariantCulture) + ".Legacy" + ClassName(index);

    public static string Path(int index) => "Source" + index.ToString(CultureInfo.InvariantCulture) + ".cs";

    public static string Write(FileShape shape)
    {
        string i = shape.Index.ToString(CultureInfo.InvariantCulture);
        string name = ClassName(shape.Index);
        var text = new StringBuilder(4096);
        text.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading;\nusing System.Threading.Tasks;\n");
        if (shape.Marked)
        {
            text.Append("using CommunityToolkit.Mvvm.ComponentModel;\nusing Microsoft.Extensions.Logging;\nusing Ssot;\n");
        }

        text.Append("\nnamespace ").Append(Namespace(shape.Index)).Append(";\n\n");
        text.Append("public interface I").Append(name).Append("\n{\n")
            .Append("    int Count { get; }\n\n")
            .Append("    bool TryFind(string key, out int value);\n\n")
            .Append("    Task<int> LoadAsync(int id, CancellationToken cancellationToken = default);\n}\n\n");
        text.Append("public sealed class ").Append(name).Append("ChangedEventArgs : EventArgs\n{\n")
            .Append("    public ").Append(name).Append("ChangedEventArgs(string key)\n    {\n        Key = key;\n    }\n\n")
            .Append("    public string Key { get; }\n}\n\n");
        if (shape.Marked)
        {
            text.Append("[Canonical(\"").Append(LegacyName(shape.Index)).Append("\")]\n[INotifyPropertyChanged]\n");
        }

        text.Append("public sealed partial class ").Append(name).Append(" : I").Append(name).Append("\n{\n");
        text.Append("    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);\n")
            .Append("    private int _version;\n\n")
            .Append("    public ").Append(name).Append("()\n    {\n    }\n\n")
            .Append("    public ").Append(name).Append("(IEnumerable<KeyValuePair<string, int>> seed, int version = 0)\n    {\n")
            .Append("        foreach (KeyValuePair<string, int> pair in seed)\n        {\n            _values[pair.Key] = pair.Value;\n        }\n\n")
            .Append("        _version = version;\n    }\n\n")
            .Append("    public event EventHandler<").Append(name).Append("ChangedEventArgs>? Changed;\n\n")
            .Append("    public int Count => _values.Count;\n\n")
            .Append("    public string Name { get; set; } = \"").Append(name).Append("\";\n\n")
            .Append("    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);\n\n")
            .Append("    public IReadOnlyList<string> Keys => _values.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();\n\n")
            .Append("    public bool TryFind(string key, out int value) => _values.TryGetValue(key, out value);\n\n")
            .Append("    public int Add(string key, int value = 1, bool notify = true)\n    {\n")
            .Append("        _values[key] = _values.TryGetValue(key, out int existing) ? existing + value : value;\n")
            .Append("        _version++;\n")
            .Append("        if (notify)\n        {\n            Changed?.Invoke(this, new ").Append(name).Append("ChangedEventArgs(key));\n        }\n\n")
            .Append("        return _values[key];\n    }\n\n")
            .Append("    public string Describe(string? prefix = null, char separator = ',') => (prefix ?? Name) + separator + string.Join(separator, Keys);\n\n")
            .Append("    public async Task<int> LoadAsync(int id, CancellationToken cancellationToken = default)\n    {\n")
            .Append("        await Task.Delay(1, cancellationToken).ConfigureAwait(false);\n")
            .Append("        return Compute(id);\n    }\n\n")
            .Append("    public int Compute(int seed)\n    {\n")
            .Append("        int total = seed * ").Append(shape.EditValue.ToString(CultureInfo.InvariantCulture)).Append(";\n")
            .Append("        for (int i = 0; i < 16; i++)\n        {\n")
            .Append("            total = unchecked(total * 31 + i);\n")
            .Append("            if (total % 3 == 0)\n            {\n                total ^= _version;\n            }\n        }\n\n")
            .Append("        Dictionary<int, int> buckets = _values.Values.Where(v => v > seed).Select(v => v % 10).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());\n")
            .Append("        string label = $\"{Name}:{total}:{buckets.Count}\";\n")
            .Append("        return total + buckets.Count + (label.Length > 3 ? 1 : 0);\n    }\n");
        if (shape.AddedMember is int added)
        {
            string k = added.ToString(CultureInfo.InvariantCulture);
            text.Append("\n    public int Added").Append(k).Append("(int value, int scale = ").Append(k).Append(") => value * scale + _version;\n");
        }

        if (shape.LegacyTarget is int target)
        {
            string legacy = LegacyName(target);
            text.Append("\n    public int UseLegacy(int seed)\n    {\n")
                .Append("        ").Append(legacy).Append(" legacy = new ").Append(legacy).Append("();\n")
                .Append("        legacy.Add(\"k\" + seed, seed);\n")
                .Append("        Type type = typeof(").Append(legacy).Append(");\n")
                .Append("        return legacy.Count + type.Name.Length;\n    }\n");
        }

        if (shape.Marked)
        {
            text.Append("\n    [LoggerMessage(EventId = ").Append(i).Append(", Level = LogLevel.Information, Message = \"Computed {Total} for {Key}\")]\n")
                .Append("    private static partial void LogComputed(ILogger logger, int total, string key);\n");
        }

        text.Append("}\n");
        return text.ToString();
    }
}
