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

        var walker = new DeclarationWalker(handWritten: tree.FilePath.IndexOf(nameof(CanonicalGenerator), StringComparison.Ordinal) < 0);
        walker.VisitMembers(root.Members, string.Empty, null, cancellationToken);
        return new FileDeclarations(
            new EquatableArray<string>(aliases.ToArray()),
            new EquatableArray<string>(imports.ToArray()),
            new EquatableArray<string>(walker.Namespaces.ToArray()),
            new EquatableArray<DeclaredType>(walker.Types.ToArray()));
    }

    /// <summary>Merges the declarations of every file into one set of facts.</summary>
    public static SourceDeclarations Merge(IEnumerable<FileDeclarations> files)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        var imported = new List<string>();
        var importedSeen = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        var types = new Dictionary<string, DeclaredType>(StringComparer.Ordinal);
        foreach (FileDeclarations file in files)
        {
            aliases.UnionWith(file.UsingAliases);
            foreach (string ns in file.UsingNamespaces)
            {
                if (importedSeen.Add(ns))
                {
                    imported.Add(ns);
                }
            }

            foreach (string ns in file.Namespaces)
            {
                // 'namespace A.B' declares A as well.
                for (int dot = ns.IndexOf('.'); dot >= 0; dot = ns.IndexOf('.', dot + 1))
                {
                    namespaces.Add(ns.Substring(0, dot));
                }

                namespaces.Add(ns);
            }

            foreach (DeclaredType type in file.Types)
            {
                // Partial declarations are one type: written by hand if any part is.
                if (!types.TryGetValue(type.MetadataName, out DeclaredType? known) || (type.IsHandWritten && !known.IsHandWritten))
                {
                    types[type.MetadataName] = type;
                }
            }
        }

        return new SourceDeclarations(
            aliases.OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray(),
            new EquatableArray<string>(imported.ToArray()),
            namespaces.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
            types.Values.OrderBy(t => t.MetadataName, StringComparer.Ordinal).ToEquatableArray());
    }

    private static string Unqualify(NameSyntax name)
    {
        string text = string.Concat(name.ToString().Where(c => !char.IsWhiteSpace(c))).Replace("@", string.Empty);
        return text.StartsWith("global::", StringComparison.Ordinal) ? text.Substring("global::".Length) : text;
    }

    /// <summary>Walks namespaces and type declarations only: member bodies cannot declare what the rules look for.</summary>
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

        public void VisitMembers(SyntaxList<MemberDeclarationSyntax> members, string ns, string? containingMetadataName, CancellationToken cancellationToken)
        {
            foreach (MemberDeclarationSyntax member in members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax declaration when containingMetadataName is null:
                        string name = NameOf(declaration.Name);
                        string full = ns.Length == 0 ? name : ns + "." + name;
                        Namespaces.Add(full);
                        VisitMembers(declaration.Members, full, null, cancellationToken);
                        break;
                    case BaseTypeDeclarationSyntax type:
                        string metadataName = Add(type.Identifier.ValueText, (type as TypeDeclarationSyntax)?.TypeParameterList?.Parameters.Count ?? 0, ns, containingMetadataName);
                        if (type is TypeDeclarationSyntax withMembers)
                        {
                            VisitMembers(withMembers.Members, ns, metadataName, cancellationToken);
                        }

                        break;
                    case DelegateDeclarationSyntax @delegate:
                        Add(@delegate.Identifier.ValueText, @delegate.TypeParameterList?.Parameters.Count ?? 0, ns, containingMetadataName);
                        break;
                    case GlobalStatementSyntax when ns.Length == 0 && containingMetadataName is null && !_hasTopLevelStatements:
                        // Top-level statements declare the entry point's class in the global namespace.
                        _hasTopLevelStatements = true;
                        Add(WellKnownMemberNames.TopLevelStatementsEntryPointTypeName, 0, string.Empty, null);
                        break;
                }
            }
        }

        private string Add(string name, int arity, string ns, string? containingMetadataName)
        {
            string simple = arity == 0 ? name : name + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string metadataName = containingMetadataName is not null ? containingMetadataName + "+" + simple
                : ns.Length == 0 ? simple
                : ns + "." + simple;
            Types.Add(new DeclaredType(metadataName, ns, name, arity, containingMetadataName is not null, _handWritten));
            return metadataName;
        }

        private static string NameOf(NameSyntax name) => name switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            QualifiedNameSyntax qualified => NameOf(qualified.Left) + "." + qualified.Right.Identifier.ValueText,
            _ => name.ToString(),
        };
    }
}
