using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Reads the <see cref="DerivationFacts"/> of a canonical type: from its own members, and from the classes and constraints
/// of the compilation's source that name it or one of its legacy names. Only files whose declarations show one of those
/// names (read once per file) are bound; a legacy name there is the generator's own shim, so where it does not exist yet
/// (the generator's compilation) its error type is resolved to the legacy name it stands for.
/// </summary>
internal static class DerivationReader
{
    /// <param name="readSource">Whether to search the source for derivations and constraints (the rules ask only about unsealed concrete classes).</param>
    public static DerivationFacts Read(INamedTypeSymbol type, IReadOnlyList<LegacyName> legacyNames, Compilation compilation, bool readSource, CancellationToken cancellationToken)
    {
        bool derived = false;
        bool constraint = false;
        if (readSource)
        {
            (derived, constraint) = FindInSource(type, legacyNames, compilation, cancellationToken);
        }

        return new DerivationFacts(
            type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public),
            HasDerivableConstructor(type),
            type.GetMembers().Any(IsDesignedForOverriding),
            derived,
            constraint,
            type is { TypeKind: TypeKind.Class, BaseType: { SpecialType: not SpecialType.System_Object } });
    }

    // A record's copy constructor is no constructor for a derived record's own constructors to call.
    private static bool HasDerivableConstructor(INamedTypeSymbol type) =>
        type.InstanceConstructors.Any(c => c.DeclaredAccessibility is not (Accessibility.Private or Accessibility.NotApplicable)
            && !(type.IsRecord && c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)));

    // An override is not a design for overriding (every class overrides ToString); a record's own virtual members are implicit.
    private static bool IsDesignedForOverriding(ISymbol member) =>
        member is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol or IEventSymbol
        && !member.IsImplicitlyDeclared
        && (member.IsVirtual || member.IsAbstract);

    private static (bool Derived, bool Constraint) FindInSource(INamedTypeSymbol type, IReadOnlyList<LegacyName> legacyNames, Compilation compilation, CancellationToken cancellationToken)
    {
        var legacy = new HashSet<string>(legacyNames.Select(n => n.MetadataName), StringComparer.Ordinal);
        var names = new HashSet<string>(legacyNames.Select(n => n.Name), StringComparer.Ordinal) { type.Name };
        var files = compilation.SyntaxTrees.Select(t => (Tree: t, File: DeclarationReader.Read(t, cancellationToken))).ToList();

        // A base type or a constraint may name it through a using alias (of an alias).
        NameText.AddAliases(names, files.SelectMany(f => f.File.Usings.Aliases).ToList());

        bool derived = false;
        bool constraint = false;
        LegacyTypeResolver? resolver = null;
        foreach ((SyntaxTree tree, FileDeclarations file) in files.Where(f => f.File.DerivedNames.Any(names.Contains)))
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (TypeSyntax named in NamesIn(tree, names, cancellationToken))
            {
                bool isConstraint = named.Parent is TypeConstraintSyntax || named.Parent?.Parent is TypeConstraintSyntax;
                if ((isConstraint ? constraint : derived) || model.GetTypeInfo(named, cancellationToken).Type is not INamedTypeSymbol bound)
                {
                    continue;
                }

                bool means = bound is IErrorTypeSymbol error
                    ? (resolver ??= LegacyTypeResolver.For(compilation)).Resolve(error, EnclosingType(model, named, cancellationToken)) is { } name && legacy.Contains(name.MetadataName)
                    : SymbolEqualityComparer.Default.Equals(bound.OriginalDefinition, type) || legacy.Contains(TypeDisplay.MetadataNameOf(bound.OriginalDefinition));
                derived |= means && !isConstraint;
                constraint |= means && isConstraint;
            }
        }

        return (derived, constraint);
    }

    /// <summary>The base types of classes and the type constraints that name one of <paramref name="names"/> (member bodies are not read).</summary>
    private static IEnumerable<TypeSyntax> NamesIn(SyntaxTree tree, HashSet<string> names, CancellationToken cancellationToken)
    {
        IEnumerable<SyntaxNode> nodes = tree.GetRoot(cancellationToken)
            .DescendantNodes(n => n is not (BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or AttributeListSyntax));
        foreach (SyntaxNode node in nodes)
        {
            TypeSyntax? type = node switch
            {
                SimpleBaseTypeSyntax { Parent.Parent: ClassDeclarationSyntax or RecordDeclarationSyntax } baseType => baseType.Type,
                TypeConstraintSyntax typeConstraint => typeConstraint.Type,
                _ => null,
            };
            if ((type is NullableTypeSyntax nullable ? nullable.ElementType : type) is NameSyntax name && names.Contains(NameText.Last(name)))
            {
                yield return name;
            }
        }
    }

    private static INamedTypeSymbol? EnclosingType(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken) =>
        node.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } declaration ? model.GetDeclaredSymbol(declaration, cancellationToken) as INamedTypeSymbol : null;
}
