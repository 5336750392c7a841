using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.Generators.Analysis;

/// <summary>Name text the analyzers filter on before they bind anything.</summary>
internal static class NameText
{
    /// <summary>The last identifier of a name as written: <c>Manager</c> in <c>Acme.Legacy.Manager</c> or <c>global::Manager</c>.</summary>
    public static string Last(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };
}
