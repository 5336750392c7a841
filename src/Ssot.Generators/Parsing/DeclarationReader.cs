using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Parsing;

/// <summary>
/// Reads the <see cref="FileDeclarations"/> of each file from its syntax, and merges them. The generator and the analyzer
/// both read declarations here, so the alias and shim rules see the same facts in both.
/// </summary>
internal static class DeclarationReader
{
    // A file's declarations are a function of its immutable syntax tree; an edit makes a new tree only for the edited
    // file, so every other file is read once, not once per edit.
    private static readonly ConditionalWeakTable<SyntaxTree, FileDeclarations> Cache = new();

    /// <summary>The declarations of each file, in the compilation's order.</summary>
    public static EquatableArray<FileDeclarations> ReadAll(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var files = new List<FileDeclarations>();
        foreach (SyntaxTree tree in trees)
        {
            files.Add(Read(tree, cancellationToken));
        }

        return new EquatableArray<FileDeclarations>(files.ToArray());
    }

    public static FileDeclarations Read(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out FileDeclarations? cached))
        {
            return cached;
        }

        FileDeclarations read = ReadUncached(tree, cancellationToken);
        return Cache.GetValue(tree, _ => read);
    }

    private static FileDeclarations ReadUncached(SyntaxTree tree, CancellationToken cancellationToken)
    {
        // The analyzer sees the generator's own alias file: it is the outcome, not a clash.
        if (tree.FilePath.EndsWith(Emitting.AliasEmitter.HintName, StringComparison.Ordinal)
            || tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
        {
            return FileDeclarations.Empty;
        }

        var aliases = new List<string>();
        var imports = new List<string>();
        foreach (UsingDirectiveSyntax directive in root.Usings)
        {
            if (directive.Alias is { } alias)
            {
                aliases.Add(alias.Name.Identifier.ValueText);
            }
            else if (directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name is { } name)
            {
                imports.Add(Unqualify(name));
            }
        }

        var walker = new DeclarationWalker(handWritten: !Emitting.GeneratedFile.IsOutputOf(tree));
        walker.VisitMembers(root.Members, string.Empty, cancellationToken);
        return new FileDeclarations(
            new EquatableArray<string>(aliases.ToArray()),
            new EquatableArray<string>(imports.ToArray()),
            new EquatableArray<string>(walker.Namespaces.ToArray()),
            new EquatableArray<DeclaredType>(walker.Types.ToArray()));
    }

    /// <summary>
    /// Merges the declarations of every file into one set of facts, each once, in the order files first declare it (the
    /// compilation's order of files is stable, so equal inputs merge to equal facts).
    /// </summary>
    public static SourceDeclarations Merge(IReadOnlyList<FileDeclarations> files)
    {
        var aliases = new OrderedSet();
        var imported = new OrderedSet();
        var namespaces = new OrderedSet();
        var typeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var types = new List<DeclaredType>();
        foreach (FileDeclarations file in files)
        {
            aliases.AddRange(file.UsingAliases);
            imported.AddRange(file.UsingNamespaces);
            foreach (string ns in file.Namespaces)
            {
                // 'namespace A.B' declares A as well.
                if (namespaces.Contains(ns))
                {
                    continue;
                }

                for (int dot = ns.IndexOf('.'); dot >= 0; dot = ns.IndexOf('.', dot + 1))
                {
                    namespaces.Add(ns.Substring(0, dot));
                }

                namespaces.Add(ns);
            }

            foreach (DeclaredType type in file.Types)
            {
                if (!typeIndex.TryGetValue(type.MetadataName, out int index))
                {
                    typeIndex.Add(type.MetadataName, types.Count);
                    types.Add(type);
                }
                else if (type.IsHandWritten && !types[index].IsHandWritten)
                {
                    // Partial declarations are one type: written by hand if any part is.
                    types[index] = type;
                }
            }
        }

        return new SourceDeclarations(aliases.ToEquatableArray(), imported.ToEquatableArray(), namespaces.ToEquatableArray(), new EquatableArray<DeclaredType>(types.ToArray()));
    }

    /// <summary>The text of a namespace a using imports, as written but without white space, '@' and 'global::'.</summary>
    private static string Unqualify(NameSyntax name)
    {
        // The common shapes are read from their tokens; anything else from the text, as it always was.
        if (SimpleText(name) is { } simple)
        {
            return simple;
        }

        string text = string.Concat(name.ToString().Where(c => !char.IsWhiteSpace(c))).Replace("@", string.Empty);
        return text.StartsWith("global::", StringComparison.Ordinal) ? text.Substring("global::".Length) : text;
    }

    private static string? SimpleText(NameSyntax name) => name switch
    {
        IdentifierNameSyntax identifier when IsPlain(identifier.Identifier) => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified when IsPlain(qualified.DotToken) && SimpleText(qualified.Left) is { } left && SimpleText(qualified.Right) is { } right => left + "." + right,
        AliasQualifiedNameSyntax { Alias.Identifier.Text: "global" } global
            when IsPlain(global.Alias.Identifier) && IsPlain(global.ColonColonToken) && SimpleText(global.Name) is { } right => right,
        _ => null,
    };

    // No unicode escape and no trivia inside the name: its value text is what the text would give.
    private static bool IsPlain(SyntaxToken token) =>
        !token.HasLeadingTrivia
        && !token.HasTrailingTrivia
        && (!token.IsKind(SyntaxKind.IdentifierToken) || token.Text.Length == token.ValueText.Length + (token.Text.StartsWith("@", StringComparison.Ordinal) ? 1 : 0));

    /// <summary>Walks namespaces and the types declared in them, never into a type.</summary>
    private sealed class DeclarationWalker
    {
        private readonly bool _handWritten;
        private bool _hasTopLevelStatements;

        public DeclarationWalker(bool handWritten)
        {
            _handWritten = handWritten;
        }

        public List<string> Namespaces { get; } = [];

        public List<DeclaredType> Types { get; } = [];

        public void VisitMembers(SyntaxList<MemberDeclarationSyntax> members, string ns, CancellationToken cancellationToken)
        {
            foreach (MemberDeclarationSyntax member in members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax declaration:
                        string name = NameOf(declaration.Name);
                        string full = ns.Length == 0 ? name : ns + "." + name;
                        Namespaces.Add(full);
                        VisitMembers(declaration.Members, full, cancellationToken);
                        break;
                    // Nested types are not read: reading a type's members would build a node for each of them, the
                    // bulk of this walk, and no rule needs them (a hand-written nested legacy type is a member the
                    // parser already rejects the claim for).
                    case BaseTypeDeclarationSyntax type:
                        Add(type.Identifier.ValueText, (type as TypeDeclarationSyntax)?.TypeParameterList?.Parameters.Count ?? 0, ns);
                        break;
                    case DelegateDeclarationSyntax @delegate:
                        Add(@delegate.Identifier.ValueText, @delegate.TypeParameterList?.Parameters.Count ?? 0, ns);
                        break;
                    case GlobalStatementSyntax when ns.Length == 0 && !_hasTopLevelStatements:
                        // Top-level statements declare the entry point's class in the global namespace.
                        _hasTopLevelStatements = true;
                        Add(WellKnownMemberNames.TopLevelStatementsEntryPointTypeName, 0, string.Empty);
                        break;
                }
            }
        }

        private void Add(string name, int arity, string ns)
        {
            string simple = arity == 0 ? name : name + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Types.Add(new DeclaredType(ns.Length == 0 ? simple : ns + "." + simple, ns, name, arity, _handWritten));
        }

        private static string NameOf(NameSyntax name) => name switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            QualifiedNameSyntax qualified => NameOf(qualified.Left) + "." + qualified.Right.Identifier.ValueText,
            _ => name.ToString(),
        };
    }

    /// <summary>Strings each once, in the order first added.</summary>
    private sealed class OrderedSet
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];

        public bool Contains(string item) => _seen.Contains(item);

        public void Add(string item)
        {
            if (_seen.Add(item))
            {
                _items.Add(item);
            }
        }

        public void AddRange(EquatableArray<string> items)
        {
            foreach (string item in items)
            {
                Add(item);
            }
        }

        public EquatableArray<string> ToEquatableArray() => new(_items.ToArray());
    }
}
