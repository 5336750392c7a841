using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>Global analyzer options, the way MSBuild passes <c>build_property.*</c> values to analyzers.</summary>
public sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> globalOptions)
    {
        _global = new Options(globalOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values)
        {
            _values = values;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
