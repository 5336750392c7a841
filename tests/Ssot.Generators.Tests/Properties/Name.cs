using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Ssot.Generators.Tests.Properties;

/// <summary>An identifier of a random case: what the compiler and metadata see, and how the case spells it in source.</summary>
/// <param name="Value">The identifier itself, as in metadata: <c>class</c>, <c>Xyz</c>.</param>
/// <param name="Source">The spelling in source: <c>@class</c>, <c>\u0058yz</c>, <c>@Alpha</c>.</param>
internal readonly record struct Name(string Value, string Source)
{
    /// <summary>How Roslyn displays the name in fully qualified form: reserved keywords escaped, nothing else.</summary>
    public string Display => SyntaxFacts.GetKeywordKind(Value) != SyntaxKind.None ? "@" + Value : Value;

    public static Name Plain(string value) => new(value, value);

    public static Name Keyword(string keyword) => new(keyword, "@" + keyword);

    /// <summary>A different name for the same role: appending digits keeps any identifier valid and unescaped.</summary>
    public Name WithSuffix(int suffix) => Plain(Value + suffix.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => Source;
}
