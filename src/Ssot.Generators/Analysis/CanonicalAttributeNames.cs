using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// The names <c>[Canonical]</c> can be written with in a compilation (<c>Canonical</c>, <c>CanonicalAttribute</c>, or a
/// using alias of it), from the declarations read once per file: a type whose attribute lists name none of them cannot
/// carry it, so its attributes are never bound.
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
    /// The names, or <see langword="null"/> when no type declaration in the compilation carries an attribute written with
    /// one of them.
    /// </summary>
    public static CanonicalAttributeNames? Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal) { ShortName, FullName };
        var aliases = new List<AliasTarget>();
        var attributeNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            FileDeclarations file = DeclarationReader.Read(tree, cancellationToken);
            aliases.AddRange(file.Usings.Aliases);
            attributeNames.UnionWith(file.AttributeNames);
        }

        // An alias may name the attribute through another alias ('using B = A;' inside a namespace).
        NameText.AddAliases(names, aliases);

        return attributeNames.Overlaps(names) ? new CanonicalAttributeNames(names) : null;
    }

    /// <summary>Whether any declaration of the type carries an attribute written with one of the names.</summary>
    public bool MayCarry(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not BaseTypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (AttributeListSyntax list in declaration.AttributeLists)
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
}
