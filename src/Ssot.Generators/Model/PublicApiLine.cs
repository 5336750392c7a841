using Microsoft.CodeAnalysis.Text;

namespace Ssot.Generators.Model;

/// <summary>One entry of a shipped public API file, where it is, for a diagnostic that points at the line.</summary>
/// <param name="Path">The additional file's path.</param>
/// <param name="Span">The line's text span in the file, without its line break.</param>
/// <param name="LineSpan">The same span as lines and columns.</param>
/// <param name="Text">The line as written, trimmed.</param>
internal sealed record PublicApiLine(string Path, TextSpan Span, LinePositionSpan LineSpan, string Text);
