using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Searches the few files an alias rule names for a legacy simple name written as an identifier, bodies included.</summary>
internal static class NameSearchReader
{
    // A file's identifiers are a function of its syntax tree: an edit rereads only the edited file.
    private static readonly ConditionalWeakTable<SyntaxTree, HashSet<string>> Identifiers = new();

    /// <summary>The searches whose file names the legacy simple name, one per legacy name.</summary>
    public static EquatableArray<NameUse> Read(Compilation compilation, IReadOnlyList<NameSearch> searches, CancellationToken cancellationToken)
    {
        if (searches.Count == 0)
        {
            return EquatableArray<NameUse>.Empty;
        }

        SyntaxTree[] trees = compilation.SyntaxTrees.ToArray();
        var found = new List<NameUse>();
        var done = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (NameSearch search in searches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (done.Contains(search.LegacyMetadataName) || search.FileIndex >= trees.Length)
            {
                continue;
            }

            SyntaxTree tree = trees[search.FileIndex];
            if (IdentifiersOf(tree, cancellationToken).Contains(search.SimpleName))
            {
                done.Add(search.LegacyMetadataName);
                found.Add(new NameUse(search.LegacyMetadataName, System.IO.Path.GetFileName(tree.FilePath)));
            }
        }

        return found.ToEquatableArray();
    }

    private static HashSet<string> IdentifiersOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Identifiers.TryGetValue(tree, out HashSet<string>? cached))
        {
            return cached;
        }

        var identifiers = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (SyntaxToken token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                identifiers.Add(token.ValueText);
            }
        }

        return Identifiers.GetValue(tree, _ => identifiers);
    }
}
