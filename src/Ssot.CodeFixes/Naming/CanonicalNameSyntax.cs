using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.CodeFixes.References;

namespace Ssot.CodeFixes.Naming;

/// <summary>
/// A name of a canonical type, qualified to a chosen depth (<c>Type</c>, <c>Ns.Type</c>, … up to
/// <c>global::New.Ns.Type</c>), written in the syntactic shape of the legacy reference it replaces: a type name, an
/// expression, an attribute name or a cref, with the reference's own type arguments.
/// </summary>
internal static class CanonicalNameSyntax
{
    /// <summary>The deepest qualification of a type: <c>global::</c> and every namespace and containing type.</summary>
    public static int FullyQualified(INamedTypeSymbol canonical) => Containers(canonical).Count + 1;

    /// <summary>
    /// The replacement of <paramref name="reference"/>, a node of the tree being rewritten, whose shape it takes;
    /// <paramref name="current"/> is that node as rewritten so far (legacy references nested in its type arguments are
    /// already replaced, and it has no parent). <paramref name="qualifiers"/> of the canonical type's containers go in
    /// front of its name; <see cref="FullyQualified"/> adds <c>global::</c>.
    /// </summary>
    public static SyntaxNode Create(SyntaxNode reference, SyntaxNode current, INamedTypeSymbol canonical, int qualifiers)
    {
        List<string> containers = Containers(canonical);
        string name = Escape(canonical.Name);
        if (qualifiers < FullyQualified(canonical) && reference.Parent is AttributeSyntax && name.EndsWith("Attribute", System.StringComparison.Ordinal) && name.Length > "Attribute".Length)
        {
            // An attribute is written as the IDE writes it; the fully qualified form keeps the whole name, which cannot be ambiguous.
            name = name.Substring(0, name.Length - "Attribute".Length);
        }

        IEnumerable<string> parts = containers.Skip(System.Math.Max(0, containers.Count - qualifiers)).Append(name);
        string text = (qualifiers >= FullyQualified(canonical) ? "global::" : string.Empty) + string.Join(".", parts);
        TypeArgumentListSyntax? arguments = (LegacyReferenceNode.RightmostName(current) as GenericNameSyntax)?.TypeArgumentList;
        SyntaxNode replacement = reference switch
        {
            CrefSyntax => Cref(WithArguments(SyntaxFactory.ParseName(text), arguments)),
            // In a cref a name is a type wherever it stands: the container of a member (Old.Make()) or a parameter's type.
            NameSyntax written when SyntaxFacts.IsInNamespaceOrTypeContext(written) || written.FirstAncestorOrSelf<CrefSyntax>() is not null => WithArguments(SyntaxFactory.ParseName(text), arguments),
            _ => WithArguments(SyntaxFactory.ParseExpression(text), arguments),
        };
        return ElasticTrivia.Remove(replacement.WithTriviaFrom(current));
    }

    /// <summary>The namespaces and containing types of a type, outermost first.</summary>
    private static List<string> Containers(INamedTypeSymbol type)
    {
        var containers = new List<string>();
        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            containers.Insert(0, Escape(container.Name));
        }

        for (INamespaceSymbol? ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            containers.Insert(0, Escape(ns.Name));
        }

        return containers;
    }

    private static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) is SyntaxKind.GlobalKeyword
            ? "@" + identifier
            : identifier;

    private static CrefSyntax Cref(NameSyntax name) => name is QualifiedNameSyntax qualified
        ? SyntaxFactory.QualifiedCref(qualified.Left, SyntaxFactory.NameMemberCref(qualified.Right))
        : SyntaxFactory.NameMemberCref(name);

    /// <summary>Puts the legacy reference's type arguments on the last name: <c>Repo&lt;int&gt;</c>, or <c>Repo{T}</c> in a cref.</summary>
    private static T WithArguments<T>(T name, TypeArgumentListSyntax? arguments)
        where T : SyntaxNode
    {
        if (arguments is null || LegacyReferenceNode.RightmostName(name) is not IdentifierNameSyntax last)
        {
            return name;
        }

        return name.ReplaceNode(last, SyntaxFactory.GenericName(last.Identifier, arguments));
    }
}
