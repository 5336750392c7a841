using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>An additional file held in memory, as a build passes <c>AdditionalFiles</c> to analyzers.</summary>
internal sealed class TestAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
