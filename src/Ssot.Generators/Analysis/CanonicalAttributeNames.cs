using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ssot.Generators.Analysis;

/// <summary>
/// The names <c>[Canonical]</c> can be written with in a compilation (<c>Canonical</c>, <c>CanonicalAttribute</c>, or a
/// using alias of it), read from syntax alone: a type whose attribute lists name none of them cannot carry it, so its
/// attributes are never bound.
/// </summary>
internal sealed class CanonicalAttributeNames
{
    private const string ShortName = "Canonical";
    private const string FullName = "CanonicalAttribute";

    private readonly HashSet<string> _names;

    private CanonicalAttributeNames(HashSet<string> names)
    {
        _names = names;
    }

    /// <summary>
    /// The names, or <see langword="null"/> when no type declaration in the compilation (generated files included)
    /// carries an attribute written with one of them.
    /// </summary>
    public static CanonicalAttributeNames? Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal) { ShortName, FullName };
        var aliases = new List<(string Alias, string Target)>();
        var attributeNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            // Usings and type declarations sit at the top of a file, in namespaces and in types: no member body is visited.
            foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                switch (node)
                {
                    case UsingDirectiveSyntax { Alias: { } alias, Name: { } target }:
                        aliases.Add((alias.Name.Identifier.ValueText, NameText.Last(target)));
                        break;
                    case BaseTypeDeclarationSyntax type:
                        AddAttributeNames(type.AttributeLists, attributeNames);
                        break;
                    case DelegateDeclarationSyntax @delegate:
                        AddAttributeNames(@delegate.AttributeLists, attributeNames);
                        break;
                }
            }
        }

        // An alias may name the attribute through another alias ('using B = A;' inside a namespace).
        for (bool added = true; added;)
        {
            added = false;
            foreach ((string alias, string target) in aliases)
            {
                added |= names.Contains(target) && names.Add(alias);
            }
        }

        return attributeNames.Overlaps(names) ? new CanonicalAttributeNames(names) : null;
    }

    /// <summary>Whether any declaration of the type carries an attribute written with one of the names.</summary>
    public bool MayCarry(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            SyntaxList<AttributeListSyntax> lists = reference.GetSyntax(cancellationToken) switch
            {
                BaseTypeDeclarationSyntax declaration => declaration.AttributeLists,
                DelegateDeclarationSyntax declaration => declaration.AttributeLists,
                _ => default,
            };
            foreach (AttributeListSyntax list in lists)
            {
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    if (_names.Contains(NameText.Last(attribute.Name)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static void AddAttributeNames(SyntaxList<AttributeListSyntax> lists, HashSet<string> names)
    {
        foreach (AttributeListSyntax list in lists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                names.Add(NameText.Last(attribute.Name));
            }
        }
    }
}
