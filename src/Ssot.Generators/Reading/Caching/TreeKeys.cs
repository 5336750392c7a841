using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading.Caching;

/// <summary>
/// What one file can change in a model read from another file, read from its syntax once per tree: the names it declares
/// (types at every level of nesting, namespaces), the names it derives from or aliases, its file-wide directives (global
/// usings, assembly attributes), the legacy names it claims, and whether it declares constants. The identifiers a file
/// mentions (<see cref="Mentioned"/>) are read only for the files a model was read from.
/// </summary>
internal sealed class TreeKeys
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeKeys> Cache = new();

    private readonly SyntaxTree _tree;
    private volatile HashSet<string>? _mentioned;
    private bool _foldsConstants;

    private TreeKeys(SyntaxTree tree)
    {
        _tree = tree;
    }

    /// <summary>The simple names this file declares or aliases (both sides of an alias).</summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>The last identifiers of the types its classes derive from and its type parameters are constrained to.</summary>
    public HashSet<string> Derived { get; } = new(StringComparer.Ordinal);

    /// <summary>The full names of the namespaces it declares (declaring one again changes nothing; only a new or a last one does).</summary>
    public List<string> Namespaces { get; } = [];

    /// <summary>The text of its global usings and assembly or module attributes, which reach every file.</summary>
    public List<string> FileWide { get; } = [];

    /// <summary>The legacy names its <c>[Canonical]</c> attributes claim as literals.</summary>
    public EquatableArray<string> Claims { get; private set; } = EquatableArray<string>.Empty;

    /// <summary>Whether a claim is written as another constant, which only binding can read.</summary>
    public bool HasComputedClaims { get; private set; }

    /// <summary>Whether it declares a constant field or an enum, whose values a default value elsewhere may fold in.</summary>
    public bool DeclaresConstants { get; private set; }

    public static TreeKeys Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out TreeKeys? cached))
        {
            return cached;
        }

        var keys = new TreeKeys(tree);
        keys.Read(cancellationToken);
        return Cache.GetValue(tree, _ => keys);
    }

    /// <summary>
    /// Every identifier the file writes, and the identifier-like parts of the strings in its attributes (legacy names):
    /// a superset of the names its declarations' signatures, bases, default values and usings bind.
    /// </summary>
    public HashSet<string> Mentioned(CancellationToken cancellationToken)
    {
        if (_mentioned is { } mentioned)
        {
            return mentioned;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        bool foldsConstants = false;
        foreach (SyntaxToken token in _tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                names.Add(token.ValueText);
                foldsConstants = foldsConstants || InConstantPosition(token);
            }
            else if (token.IsKind(SyntaxKind.StringLiteralToken) && token.Parent?.FirstAncestorOrSelf<AttributeSyntax>() is not null)
            {
                AddWords(names, token.ValueText);
            }
        }

        // Published whole, after the flag: another thread sees both or neither.
        _foldsConstants = foldsConstants;
        return _mentioned = names;
    }

    /// <summary>
    /// Whether the file names something where a constant is folded in (a default value, a constant or enum member's value, an
    /// attribute argument): such a value can change with a constant declared in any file. Read with <see cref="Mentioned"/>.
    /// </summary>
    public bool FoldsConstants(CancellationToken cancellationToken)
    {
        _ = Mentioned(cancellationToken);
        return _foldsConstants;
    }

    private static bool InConstantPosition(SyntaxToken token)
    {
        for (SyntaxNode? node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case TypeOfExpressionSyntax:
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
                case StatementSyntax:
                case MemberDeclarationSyntax:
                case ArrowExpressionClauseSyntax:
                    return false;
                case AttributeArgumentSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax or EnumMemberDeclarationSyntax }:
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Adds the identifier-like words of a text (<c>Old</c>, <c>Ns</c>, <c>Outer</c>, <c>Hub</c> in <c>Old.Ns.Outer+Hub`1</c>).</summary>
    public static void AddWords(HashSet<string> names, string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                names.Add(text.Substring(start, i - start));
                start = -1;
            }
        }
    }

    private void Read(CancellationToken cancellationToken)
    {
        // The declarations reader already keeps claims, derived names and aliases per tree; the rest is read here.
        FileDeclarations declarations = DeclarationReader.Read(_tree, cancellationToken);
        Claims = declarations.ClaimedNames;
        HasComputedClaims = declarations.HasComputedClaims;
        Derived.UnionWith(declarations.DerivedNames);

        foreach (AliasTarget alias in declarations.Usings.Aliases)
        {
            Touched.Add(alias.Name);
            Touched.Add(alias.Target);
        }

        if (_tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
        {
            return;
        }

        foreach (UsingDirectiveSyntax directive in root.Usings)
        {
            if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
            {
                FileWide.Add(directive.ToString());
            }
        }

        foreach (AttributeListSyntax list in root.AttributeLists)
        {
            FileWide.Add(list.ToString());
        }

        VisitMembers(root.Members, string.Empty, cancellationToken);
    }

    private void VisitMembers(SyntaxList<MemberDeclarationSyntax> members, string outer, CancellationToken cancellationToken)
    {
        foreach (MemberDeclarationSyntax member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    string full = outer.Length == 0 ? NameOf(ns.Name) : outer + "." + NameOf(ns.Name);
                    Namespaces.Add(full);
                    VisitMembers(ns.Members, full, cancellationToken);
                    break;
                case EnumDeclarationSyntax @enum:
                    Touched.Add(@enum.Identifier.ValueText);
                    DeclaresConstants = true;
                    break;
                case TypeDeclarationSyntax type:
                    Touched.Add(type.Identifier.ValueText);
                    VisitMembers(type.Members, outer, cancellationToken);
                    break;
                case DelegateDeclarationSyntax @delegate:
                    Touched.Add(@delegate.Identifier.ValueText);
                    break;
                case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    DeclaresConstants = true;
                    break;
            }
        }
    }

    private static string NameOf(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => NameOf(qualified.Left) + "." + qualified.Right.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };
}
