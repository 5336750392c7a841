namespace Ssot.Generators.Tests.Differential;

/// <summary>One source file of a generated library or consumer.</summary>
internal sealed record SourceFile(string Path, string Text);
