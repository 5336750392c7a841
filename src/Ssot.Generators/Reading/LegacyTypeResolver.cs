using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Says which legacy type a signature means where the generator's compilation has only an error type: the shims do not
/// exist until the generator has run, so in a type renamed in place every member that still says the old name (its own,
/// or another canonical type's) has an error type there. The legacy names come from the <c>[Canonical]</c> attributes of
/// the whole compilation, read from syntax once per file.
/// </summary>
internal sealed class LegacyTypeResolver
{
    // One resolver a compilation: every canonical type read in that compilation shares it.
    private static readonly ConditionalWeakTable<Compilation, LegacyTypeResolver> Resolvers = new();

    // The claimed names are read from every file the first time an error type needs one: most types have none.
    private readonly Compilation? _compilation;
    private Dictionary<(string Name, int Arity), List<LegacyName>>? _byName;

    private LegacyTypeResolver(Compilation? compilation)
    {
        _compilation = compilation;
    }

    /// <summary>A resolver that knows no legacy names: every error type stays one.</summary>
    public static LegacyTypeResolver None { get; } = new(compilation: null);

    public static LegacyTypeResolver For(Compilation compilation) =>
        Resolvers.GetValue(compilation, static c => new LegacyTypeResolver(c));

    private Dictionary<(string Name, int Arity), List<LegacyName>> ByName()
    {
        if (_byName is { } read)
        {
            return read;
        }

        var byName = new Dictionary<(string Name, int Arity), List<LegacyName>>();
        foreach (string claimed in (_compilation is null ? [] : ClaimedNames(_compilation)).Distinct(StringComparer.Ordinal))
        {
            if (LegacyName.TryParse(claimed, out _) is { } name)
            {
                if (!byName.TryGetValue((name.Name, name.Arity), out List<LegacyName>? list))
                {
                    byName[(name.Name, name.Arity)] = list = [];
                }

                list.Add(name);
            }
        }

        // Threads that read at once read the same names; the first to finish is kept.
        return Interlocked.CompareExchange(ref _byName, byName, null) ?? byName;
    }

    /// <summary>The names written as literals, read from syntax; in the rare file that writes one as another constant, its attributes' values.</summary>
    private static IEnumerable<string> ClaimedNames(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            FileDeclarations file = DeclarationReader.Read(tree, CancellationToken.None);
            foreach (string name in file.ClaimedNames)
            {
                yield return name;
            }

            if (file.HasComputedClaims)
            {
                foreach (string name in ComputedClaims(compilation, tree))
                {
                    yield return name;
                }
            }
        }
    }

    private static IEnumerable<string> ComputedClaims(Compilation compilation, SyntaxTree tree)
    {
        SemanticModel model = compilation.GetSemanticModel(tree);
        IEnumerable<BaseTypeDeclarationSyntax> types = tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .OfType<BaseTypeDeclarationSyntax>()
            .Where(t => t.AttributeLists.Count > 0);
        foreach (BaseTypeDeclarationSyntax type in types)
        {
            if (model.GetDeclaredSymbol(type) is INamedTypeSymbol symbol && CanonicalReader.FindAttribute(symbol) is { } attribute)
            {
                foreach (string? name in CanonicalAttributeData.Read(attribute).LegacyNames)
                {
                    if (name is not null)
                    {
                        yield return name;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The legacy name an error type stands for, or <see langword="null"/>. A qualified name must match exactly; a simple
    /// name is matched by the namespaces that enclose <paramref name="context"/>, then by the usings of its files.
    /// </summary>
    public LegacyName? Resolve(IErrorTypeSymbol error, INamedTypeSymbol? context)
    {
        Dictionary<(string Name, int Arity), List<LegacyName>> byName = ByName();
        if (byName.Count == 0 || !byName.TryGetValue((error.Name, error.Arity), out List<LegacyName>? candidates))
        {
            return null;
        }

        if (QualifierOf(error) is { } qualifier)
        {
            return Single(candidates.Where(c => c.DisplayName == qualifier + "." + error.Name));
        }

        List<LegacyName> topLevel = candidates.Where(c => c.ContainingTypes.Count == 0).ToList();
        if (topLevel.Count <= 1 || context is null)
        {
            return Single(topLevel);
        }

        // Code in a namespace finds the types of that namespace and of the namespaces around it first.
        for (INamespaceSymbol? ns = context.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            string name = TypeDisplay.NamespaceMetadataName(ns);
            if (Single(topLevel.Where(c => c.Namespace == name)) is { } enclosing)
            {
                return enclosing;
            }
        }

        var imported = new HashSet<string>(context.DeclaringSyntaxReferences.SelectMany(r => ImportsAround(r.GetSyntax())), StringComparer.Ordinal);
        return Single(topLevel.Where(c => imported.Contains(c.Namespace)));
    }

    /// <summary>The dotted name an error type was written under (<c>Old.Ns</c> in <c>Old.Ns.Mgr</c>), or <see langword="null"/> for a simple name.</summary>
    private static string? QualifierOf(IErrorTypeSymbol error)
    {
        var parts = new List<string>();
        for (INamedTypeSymbol? outer = error.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            parts.Insert(0, outer.Name);
        }

        if (error.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            parts.Insert(0, TypeDisplay.NamespaceMetadataName(ns));
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }

    /// <summary>The namespaces the usings of a declaration's file and of its enclosing namespace declarations import.</summary>
    private static IEnumerable<string> ImportsAround(SyntaxNode declaration)
    {
        foreach (SyntaxNode node in declaration.AncestorsAndSelf())
        {
            SyntaxList<UsingDirectiveSyntax> usings = node switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                CompilationUnitSyntax unit => unit.Usings,
                _ => default,
            };
            foreach (UsingDirectiveSyntax directive in usings)
            {
                if (directive.Alias is null && directive.Name is { } name)
                {
                    yield return NameText.Unqualified(name);
                }
            }
        }
    }

    private static LegacyName? Single(IEnumerable<LegacyName> candidates)
    {
        LegacyName? found = null;
        foreach (LegacyName candidate in candidates)
        {
            if (found is not null)
            {
                return null;
            }

            found = candidate;
        }

        return found;
    }
}
