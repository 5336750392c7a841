using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading.Caching;

/// <summary>
/// What one file can change in a model read from another file, read from its syntax once per tree: its declarations as
/// the declarations reader keeps them, and beside them the type names it declares at every level of nesting and the names
/// it aliases, its file-wide directives (global usings, assembly attributes), and whether it declares constants. The identifiers a file
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

    /// <summary>
    /// What the declarations reader keeps for the file: among the rest, the names its classes derive from and its type
    /// parameters are constrained to, the namespaces it declares, and the legacy names it claims.
    /// </summary>
    public FileDeclarations Declarations { get; private set; } = FileDeclarations.Empty;

    /// <summary>The simple names this file declares (types at every level of nesting) or aliases (both sides of an alias).</summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>The text of its global usings and assembly or module attributes, which reach every file.</summary>
    public List<string> FileWide { get; } = [];

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
        // The declarations reader already keeps claims, derived names, namespaces and aliases per tree; the rest is read here.
        Declarations = DeclarationReader.Read(_tree, cancellationToken);
        foreach (AliasTarget alias in Declarations.Usings.Aliases)
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

        VisitMembers(root.Members, cancellationToken);
    }

    private void VisitMembers(SyntaxList<MemberDeclarationSyntax> members, CancellationToken cancellationToken)
    {
        foreach (MemberDeclarationSyntax member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    VisitMembers(ns.Members, cancellationToken);
                    break;
                case EnumDeclarationSyntax @enum:
                    Touched.Add(@enum.Identifier.ValueText);
                    DeclaresConstants = true;
                    break;
                case TypeDeclarationSyntax type:
                    Touched.Add(type.Identifier.ValueText);
                    VisitMembers(type.Members, cancellationToken);
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
}
