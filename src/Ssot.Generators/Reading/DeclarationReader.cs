using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Emitting;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>
/// Reads the <see cref="FileDeclarations"/> of each file from its syntax, and merges them. The generator and the
/// analyzers all read declarations here, so the rules and the text filters see the same facts everywhere.
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
        // The analyzer sees the generator's output, the generator does not: neither reads it, so both see the same facts.
        if (GeneratedFile.IsOutputOf(tree) || tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
        {
            return FileDeclarations.Empty;
        }

        return DeclarationWalker.Read(root, System.IO.Path.GetFileName(tree.FilePath), cancellationToken);
    }

    /// <summary>
    /// Merges the declarations of every file into one set of facts, each once, in the order files first declare it (the
    /// compilation's order of files is stable, so equal inputs merge to equal facts).
    /// </summary>
    public static SourceDeclarations Merge(IReadOnlyList<FileDeclarations> files)
    {
        var aliases = new OrderedSet();
        var imported = new OrderedSet();
        var namespaceImports = new OrderedSet();
        var namespaces = new OrderedSet();
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        var types = new List<DeclaredType>();
        foreach (FileDeclarations file in files)
        {
            aliases.AddRange(file.Usings.TopAliases);
            imported.AddRange(file.Usings.TopImports);
            namespaceImports.AddRange(file.Usings.NamespaceImports);
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
                // Partial declarations are one type.
                if (typeNames.Add(type.MetadataName))
                {
                    types.Add(type);
                }
            }
        }

        return new SourceDeclarations(
            aliases.ToEquatableArray(),
            imported.ToEquatableArray(),
            namespaceImports.ToEquatableArray(),
            namespaces.ToEquatableArray(),
            new EquatableArray<DeclaredType>(types.ToArray()));
    }
}
