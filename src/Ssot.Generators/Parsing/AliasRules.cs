using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>Decides which global aliases can be emitted, and why the others cannot.</summary>
internal static class AliasRules
{
    /// <param name="shimRoots">
    /// The global-level names the generator's shims take (the first segment of each shim's namespace, or the shim's
    /// own name in the global namespace). The analyzer, which sees the shims in its compilation, passes none.
    /// </param>
    public static List<AliasDecision> Decide(
        IReadOnlyList<AliasCandidate> candidates,
        int languageVersion,
        Compilation compilation,
        CancellationToken cancellationToken,
        IEnumerable<string>? shimRoots = null)
    {
        var decisions = new List<AliasDecision>(candidates.Count);
        if (candidates.Count == 0)
        {
            return decisions;
        }

        CompilationUnitImports imports = CompilationUnitImports.Read(compilation, cancellationToken);
        // A generic canonical type never gets an alias, so it does not compete for one.
        var countByName = candidates
            .Where(c => !c.IsGeneric)
            .GroupBy(c => c.AliasName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.CanonicalMetadataName).Distinct().Count(), StringComparer.Ordinal);

        var takenByGlobalShim = new HashSet<string>(shimRoots ?? [], StringComparer.Ordinal);

        foreach (AliasCandidate candidate in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            decisions.Add(Decide(candidate, languageVersion, compilation, imports, countByName.TryGetValue(candidate.AliasName, out int claimants) ? claimants : 0, takenByGlobalShim));
        }

        return decisions;
    }

    private static AliasDecision Decide(AliasCandidate candidate, int languageVersion, Compilation compilation, CompilationUnitImports imports, int claimants, HashSet<string> takenByGlobalShim)
    {
        if (languageVersion < 1000)
        {
            return new AliasDecision(candidate, AliasSkip.LanguageVersion, string.Empty);
        }

        if (candidate.IsGeneric)
        {
            return new AliasDecision(candidate, AliasSkip.Generic, string.Empty);
        }

        if (claimants > 1)
        {
            return new AliasDecision(candidate, AliasSkip.Duplicate, "two canonical types want this alias");
        }

        if (imports.Aliases.Contains(candidate.AliasName))
        {
            return new AliasDecision(candidate, AliasSkip.Duplicate, "a file already declares a using alias of that name at its top");
        }

        string legacyNamespace = LegacyNamespaceOf(candidate);
        if (takenByGlobalShim.Contains(candidate.AliasName)
            || compilation.GlobalNamespace.GetMembers(candidate.AliasName).Any(m => m is INamespaceSymbol or INamedTypeSymbol { Arity: 0 }))
        {
            return new AliasDecision(candidate, AliasSkip.GlobalNamespaceClash, string.Empty);
        }

        foreach (string imported in imports.Namespaces)
        {
            // The legacy namespace itself is expected to hold the legacy type: the alias is what replaces it.
            if (imported == legacyNamespace || FindNamespace(compilation, imported) is not { } ns)
            {
                continue;
            }

            INamedTypeSymbol? clash = ns.GetTypeMembers(candidate.AliasName, 0).FirstOrDefault(t => t.DeclaredAccessibility == Accessibility.Public
                || SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, compilation.Assembly));
            if (clash is not null)
            {
                return new AliasDecision(candidate, AliasSkip.ImportedType, imported + "." + candidate.AliasName);
            }
        }

        return new AliasDecision(candidate, AliasSkip.None, string.Empty);
    }

    private static string LegacyNamespaceOf(AliasCandidate candidate) =>
        LegacyName.TryParse(candidate.LegacyMetadataName, out _)?.Namespace ?? string.Empty;

    private static INamespaceSymbol? FindNamespace(Compilation compilation, string name)
    {
        INamespaceSymbol? current = compilation.GlobalNamespace;
        foreach (string segment in name.Split('.'))
        {
            current = current?.GetNamespaceMembers().FirstOrDefault(n => n.Name == segment);
        }

        return current;
    }

    /// <summary>
    /// The namespaces and alias names imported at the top of any file, <c>global using</c> or not: a global alias lives
    /// in that scope, so it would clash with an alias of its name (CS1537) and silently win over a type of its name.
    /// </summary>
    private sealed class CompilationUnitImports
    {
        public HashSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public static CompilationUnitImports Read(Compilation compilation, CancellationToken cancellationToken)
        {
            var imports = new CompilationUnitImports();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                // The analyzer sees the generator's own alias file: it is the outcome, not a clash.
                if (tree.FilePath.EndsWith(Emitting.AliasEmitter.HintName, StringComparison.Ordinal)
                    || tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
                {
                    continue;
                }

                foreach (UsingDirectiveSyntax directive in root.Usings)
                {
                    if (directive.Alias is { } alias)
                    {
                        imports.Aliases.Add(alias.Name.Identifier.ValueText);
                    }
                    else if (directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is { } name)
                    {
                        imports.Namespaces.Add(Unqualify(name));
                    }
                }
            }

            return imports;
        }

        private static string Unqualify(NameSyntax name)
        {
            string text = string.Concat(name.ToString().Where(c => !char.IsWhiteSpace(c))).Replace("@", string.Empty);
            return text.StartsWith("global::", StringComparison.Ordinal) ? text.Substring("global::".Length) : text;
        }
    }
}
