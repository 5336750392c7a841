namespace Ssot.Generators.Tests.Properties;

/// <summary>A non-generic type a canonical type is nested in.</summary>
/// <param name="Keyword">The declaration keyword(s): <c>class</c>, <c>static class</c>, <c>struct</c>, <c>record</c>, <c>interface</c>.</param>
internal sealed record ContainerSpec(Name Name, string Keyword, bool IsPartial, string Access)
{
    /// <summary>The declaration line: 'partial' goes right before the last keyword (<c>static partial class</c>).</summary>
    public string Declaration
    {
        get
        {
            int last = Keyword.LastIndexOf(' ') + 1;
            return Access + " " + Keyword.Substring(0, last) + (IsPartial ? "partial " : string.Empty) + Keyword.Substring(last) + " " + Name.Source;
        }
    }
}
