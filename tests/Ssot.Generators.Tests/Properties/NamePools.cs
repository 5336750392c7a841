using System.Linq;
using CsCheck;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// Where random names come from: plain names, reserved keywords (written <c>@class</c>), contextual keywords, Unicode
/// identifiers (Turkish dotted and dotless i, combining marks, right-to-left scripts, letter numbers), Unicode escapes,
/// and names the generated code itself uses (so a clash with them is found).
/// </summary>
internal static class NamePools
{
    private static readonly string[] Pascal =
    [
        "Alpha", "Beta", "Gamma", "Widget", "Manager", "Service", "Store", "Cache", "Item", "Count", "Total", "Mode",
        "Text", "Data", "Size", "Kind", "Entry", "Node", "Buffer", "Mailer", "Invoice", "Session", "Reader", "Repo",
        "Holder", "Outer", "Inner", "Helper", "Options", "Thing", "Unit", "Legacy", "Old", "New", "Core", "Acme",
    ];

    private static readonly string[] Reserved =
    [
        "class", "event", "int", "string", "object", "operator", "namespace", "default", "params", "in", "out", "ref",
        "this", "base", "new", "static", "void", "null", "true", "is", "as", "lock", "fixed", "checked", "delegate",
        "enum", "struct", "interface", "internal", "public", "return", "throw", "typeof", "volatile", "while",
        "abstract", "readonly", "sealed", "override", "virtual", "extern", "implicit", "explicit", "goto", "case",
        "decimal", "double", "bool", "char", "byte", "long", "uint", "catch", "foreach", "if", "using", "unchecked",
    ];

    // Valid unescaped as member and parameter names; some are written with '@' anyway, which is also valid.
    private static readonly string[] Contextual =
    [
        "var", "value", "get", "set", "init", "add", "remove", "nameof", "dynamic", "async", "await", "partial",
        "where", "when", "yield", "record", "required", "scoped", "file", "field", "args", "select", "from", "with",
        "and", "or", "not", "managed", "unmanaged", "notnull", "global", "alias", "let", "into", "equals", "nint",
        "allows", "extension",
    ];

    private static readonly string[] Unicode =
    [
        "Größe", "Äpfel", "İndeks", "ılık", "Σύνολο", "Данные", "名前", "データ", "שם", "اسم", "Ⅻ", "_x", "ǅemal",
        "ab‿cd", "e\u0301tat", "\u00E9tat", "Straße", "ÆØÅ", "Iıİi", "_1",
    ];

    // Names the generated facade uses for its own members, locals and parameters.
    private static readonly string[] Traps =
    [
        "_canonical", "s_facades", "SsotForwardedHandlers", "handler", "canonical", "legacy", "other", "obj", "c", "p0",
        "_handlersOfChanged", "SsotInitValue", "SsotConstruct0", "s_ssotConstructor1", "ssotCanonical", "original", "boxed", "exception",
    ];

    private static readonly Name[] Escaped =
    [
        new("Xyz", "\\u0058yz"), new("Ärger", "\\u00C4rger"), new("Alpha", "@Alpha"), new("Größe", "Gr\\u00F6\\u00DFe"),
    ];

    public static Gen<Name> PascalName { get; } = Gen.OneOf(Pascal.Select(Name.Plain).ToArray());

    public static Gen<Name> KeywordName { get; } = Gen.OneOf(Reserved.Select(Name.Keyword).ToArray());

    public static Gen<Name> ContextualName { get; } = Gen.OneOf(Contextual.SelectMany(k => new[] { Name.Plain(k), Name.Keyword(k) }).ToArray());

    public static Gen<Name> UnicodeName { get; } = Gen.OneOf(Unicode.Select(Name.Plain).ToArray());

    public static Gen<Name> EscapedName { get; } = Gen.OneOf(Escaped);

    public static Gen<Name> TrapName { get; } = Gen.OneOf(Traps.Select(Name.Plain).ToArray());

    /// <summary>Names of types (canonical types, containers) and namespace segments.</summary>
    public static Gen<Name> TypeName { get; } = Gen.Frequency(
        (10, PascalName),
        (3, KeywordName),
        (3, UnicodeName),
        (1, EscapedName));

    /// <summary>Namespace segments: type names, plus <c>System</c>, which breaks any generated name that is not <c>global::</c>.</summary>
    public static Gen<Name> NamespaceSegment { get; } = Gen.Frequency(
        (12, TypeName),
        (1, Gen.Const(Name.Plain("System"))));

    /// <summary>Legacy simple names and their containing types (metadata names: never escaped).</summary>
    public static Gen<Name> LegacyName { get; } = Gen.Frequency(
        (10, PascalName),
        (3, KeywordName),
        (2, Gen.OneOf(Contextual.Select(Name.Plain).ToArray())),
        (3, UnicodeName));

    /// <summary>Names of members of a canonical type.</summary>
    public static Gen<Name> MemberName { get; } = Gen.Frequency(
        (10, PascalName),
        (3, KeywordName),
        (3, ContextualName),
        (3, UnicodeName),
        (1, EscapedName),
        (1, TrapName));

    /// <summary>Names of parameters.</summary>
    public static Gen<Name> ParameterName { get; } = Gen.Frequency(
        (6, Gen.OneOf(new[] { "a", "b", "x", "item", "count", "text", "key" }.Select(Name.Plain).ToArray())),
        (3, KeywordName),
        (2, ContextualName),
        (2, UnicodeName),
        (1, TrapName));

    /// <summary>Names of type parameters: the usual ones, and some that are also type and legacy names.</summary>
    public static Gen<Name> TypeParameterName { get; } = Gen.Frequency(
        (8, Gen.OneOf(new[] { "T", "TKey", "TValue", "TItem", "TResult", "Tß" }.Select(Name.Plain).ToArray())),
        (1, Gen.OneOf(Name.Keyword("in"), Name.Keyword("out"), Name.Plain("Entry"), Name.Plain("Widget"), Name.Plain("İ"))));
}
