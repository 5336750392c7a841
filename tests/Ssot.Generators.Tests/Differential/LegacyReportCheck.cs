using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The contract's two rules about names in a build after the rename: every mention of an old name is reported exactly
/// once (SSOT0001 or SSOT0005 where it reaches the shim, SSOT0006 where the alias binds it; never the compiler's
/// obsolete report beside the analyzer's), and within one compilation an old simple name means one type, never the
/// shim in one place and the canonical type in another.
/// </summary>
internal static class LegacyReportCheck
{
    /// <summary>Every ID a mention of a legacy type can be reported under, by the analyzer or by the compiler.</summary>
    public static readonly ImmutableHashSet<string> LegacyReportIds = ["SSOT0001", "SSOT0005", "SSOT0006", "CS0612", "CS0618", "CS0619"];

    /// <summary>The findings for the names in <paramref name="renames"/> (old simple name to new) of namespace <paramref name="ns"/>.</summary>
    public static IEnumerable<Finding> Findings(string build, GeneratorResult result, string ns, IReadOnlyDictionary<string, string> renames)
    {
        var meanings = new Dictionary<string, List<(string Meaning, string Where)>>();
        List<Diagnostic> reports = result.BuildDiagnostics.Where(d => LegacyReportIds.Contains(d.Id) && d.Location.IsInSource).ToList();
        var unreported = new List<string>();
        var duplicated = new List<string>();
        var duplicatedIds = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (SyntaxTree tree in result.Input.SyntaxTrees)
        {
            // The generator adds trees to the compilation and keeps the input's own, so their nodes bind in the output.
            SemanticModel model = result.Output.GetSemanticModel(tree);
            foreach (IdentifierNameSyntax name in tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (!renames.TryGetValue(name.Identifier.ValueText, out string? newName))
                {
                    continue;
                }

                string meaning = Meaning(model, name, ns + "." + name.Identifier.ValueText, ns + "." + newName);
                string where = Where(name);
                List<Diagnostic> covering = reports.Where(d => d.Location.SourceTree == tree && d.Location.SourceSpan.Contains(name.Span)).ToList();
                if (covering.Count == 0)
                {
                    unreported.Add("  " + where + " (means the " + meaning + ")");
                }
                else if (covering.Count > 1)
                {
                    duplicatedIds.UnionWith(covering.Select(d => d.Id));
                    duplicated.Add("  " + where + " (means the " + meaning + ") reported " + covering.Count + " times:\n" + string.Join("\n", covering.Select(BuildCheck.Describe)));
                }

                if (IsSimpleName(name))
                {
                    if (!meanings.TryGetValue(name.Identifier.ValueText, out var list))
                    {
                        meanings[name.Identifier.ValueText] = list = [];
                    }

                    list.Add((meaning, where));
                }
            }
        }

        if (duplicated.Count > 0)
        {
            yield return new Finding(build + ": a legacy reference is reported more than once (" + string.Join("+", duplicatedIds) + ")", string.Join("\n", duplicated.Take(4)));
        }

        if (unreported.Count > 0)
        {
            yield return new Finding(build + ": a legacy name is not reported", string.Join("\n", unreported.Take(6)));
        }

        foreach ((string old, List<(string Meaning, string Where)> list) in meanings.OrderBy(m => m.Key, System.StringComparer.Ordinal))
        {
            var kinds = list.GroupBy(l => l.Meaning).ToList();
            if (kinds.Count > 1)
            {
                yield return new Finding(
                    build + ": one simple name means two types",
                    "'" + old + "' means\n" + string.Join("\n", kinds.Select(k => "  the " + k.Key + " at " + string.Join(", ", k.Take(3).Select(l => l.Where)))));
            }
        }
    }

    /// <summary>What the name binds to: the legacy shim, the canonical type, or something else (said as is).</summary>
    private static string Meaning(SemanticModel model, IdentifierNameSyntax name, string legacy, string canonical)
    {
        ISymbol? symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
        string? full = (symbol as ITypeSymbol)?.OriginalDefinition.ToDisplayString();
        return full == legacy ? "shim"
            : full == canonical ? "canonical type"
            : "symbol '" + (symbol?.ToDisplayString() ?? "(none)") + "'";
    }

    /// <summary>A name written alone, not the right-hand part of a qualified name.</summary>
    private static bool IsSimpleName(IdentifierNameSyntax name) => name.Parent switch
    {
        QualifiedNameSyntax qualified => qualified.Left == name,
        MemberAccessExpressionSyntax access => access.Expression == name,
        AliasQualifiedNameSyntax => false,
        _ => true,
    };

    private static string Where(SyntaxNode node)
    {
        FileLinePositionSpan span = node.GetLocation().GetLineSpan();
        string line = node.SyntaxTree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
        return System.IO.Path.GetFileName(span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ") | " + line;
    }
}
