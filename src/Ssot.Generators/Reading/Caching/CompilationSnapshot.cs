using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading.Caching;

/// <summary>
/// What a compilation is made of, without the compilation: its syntax trees, options and references. A cached model
/// keeps the snapshot it was last found valid in (never a compilation, which would keep every symbol alive); the next
/// compilation's snapshot says what changed since (<see cref="ChangeSince"/>), once for all models.
/// </summary>
internal sealed class CompilationSnapshot
{
    /// <summary>More changed files than an edit makes: everything is read again (a language version change reparses all).</summary>
    private const int MaxChangedTrees = 64;

    private static readonly ConditionalWeakTable<Compilation, CompilationSnapshot> Snapshots = new();

    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly string? _assemblyName;
    private readonly CompilationOptions _options;
    private readonly ImmutableArray<MetadataReference> _references;
    private HashSet<string>? _fileWideNames;
    private HashSet<string>? _namespaces;
    private List<AliasTarget>? _aliases;
    private Tuple<CompilationSnapshot, SnapshotChange>? _lastChange;

    private CompilationSnapshot(Compilation compilation)
    {
        // Both are the compilation's own arrays: a compilation derived by an edit shares its references' array.
        _trees = compilation is CSharpCompilation csharp ? csharp.SyntaxTrees : compilation.SyntaxTrees.ToImmutableArray();
        _assemblyName = compilation.AssemblyName;
        _options = compilation.Options;
        _references = compilation.ExternalReferences;
    }

    public static CompilationSnapshot Of(Compilation compilation) => Snapshots.GetValue(compilation, static c => new CompilationSnapshot(c));

    /// <summary>The identifiers of every global using: a signature may bind through a global alias.</summary>
    public HashSet<string> FileWideNames(CancellationToken cancellationToken)
    {
        if (_fileWideNames is { } names)
        {
            return names;
        }

        names = new HashSet<string>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in _trees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
            {
                foreach (UsingDirectiveSyntax directive in root.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                    {
                        TreeKeys.AddWords(names, directive.ToString());
                    }
                }
            }
        }

        return _fileWideNames = names;
    }

    /// <summary>Every using alias of every file: a class may derive from a canonical type through one.</summary>
    public List<AliasTarget> Aliases(CancellationToken cancellationToken)
    {
        if (_aliases is { } aliases)
        {
            return aliases;
        }

        aliases = [];
        foreach (SyntaxTree tree in _trees)
        {
            aliases.AddRange(DeclarationReader.Read(tree, cancellationToken).Usings.Aliases);
        }

        return _aliases = aliases;
    }

    /// <summary>Whether a file of this snapshot declares the namespace (<c>A</c> is declared by <c>namespace A.B</c> as well).</summary>
    public bool DeclaresNamespace(string name, CancellationToken cancellationToken)
    {
        if (_namespaces is not { } namespaces)
        {
            namespaces = new HashSet<string>(StringComparer.Ordinal);
            foreach (SyntaxTree tree in _trees)
            {
                namespaces.UnionWith(DeclarationReader.Read(tree, cancellationToken).Namespaces.SelectMany(NameText.Enclosing));
            }

            _namespaces = namespaces;
        }

        return namespaces.Contains(name);
    }

    /// <summary>What changed from <paramref name="before"/> to this snapshot; computed once for each earlier snapshot asked about.</summary>
    public SnapshotChange ChangeSince(CompilationSnapshot before, CancellationToken cancellationToken)
    {
        if (_lastChange is { } last && ReferenceEquals(last.Item1, before))
        {
            return last.Item2;
        }

        SnapshotChange change = Compute(before, cancellationToken);
        _lastChange = Tuple.Create(before, change);
        return change;
    }

    private SnapshotChange Compute(CompilationSnapshot before, CancellationToken cancellationToken)
    {
        if (_assemblyName != before._assemblyName
            || !(ReferenceEquals(_options, before._options) || _options.Equals(before._options))
            || !(_references == before._references || _references.SequenceEqual(before._references))
            || Difference(before._trees, _trees) is not { } difference)
        {
            return SnapshotChange.Everything;
        }

        return SnapshotChange.Of(before, this, difference.Removed, difference.Added, cancellationToken);
    }

    /// <summary>The trees only in <paramref name="before"/> and only in <paramref name="after"/>, or null when too many differ.</summary>
    private static (List<SyntaxTree> Removed, List<SyntaxTree> Added)? Difference(ImmutableArray<SyntaxTree> before, ImmutableArray<SyntaxTree> after)
    {
        var removed = new List<SyntaxTree>();
        var added = new List<SyntaxTree>();

        // An edit replaces a tree in its place: compared by position first, by set only when files came or went.
        if (before.Length == after.Length)
        {
            for (int i = 0; i < before.Length && removed.Count <= MaxChangedTrees; i++)
            {
                if (!ReferenceEquals(before[i], after[i]))
                {
                    removed.Add(before[i]);
                    added.Add(after[i]);
                }
            }

            if (removed.Count <= MaxChangedTrees)
            {
                return (removed, added);
            }

            removed.Clear();
            added.Clear();
        }

        var beforeSet = new HashSet<SyntaxTree>(before);
        var afterSet = new HashSet<SyntaxTree>(after);
        removed.AddRange(before.Where(t => !afterSet.Contains(t)));
        added.AddRange(after.Where(t => !beforeSet.Contains(t)));
        return removed.Count + added.Count <= 2 * MaxChangedTrees ? (removed, added) : null;
    }
}

/// <summary>
/// What changed between two snapshots, as far as a cached model can care: which trees went away, and the names, file-wide
/// directives, claims and constants the changed files (their old and new versions) declare.
/// </summary>
internal sealed class SnapshotChange
{
    /// <summary>Options, references or too many files changed: no cached model holds.</summary>
    public static readonly SnapshotChange Everything = new(new HashSet<SyntaxTree>(), new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), everything: true, touchesConstants: true);

    private SnapshotChange(HashSet<SyntaxTree> removed, HashSet<string> touched, HashSet<string> derived, bool everything, bool touchesConstants)
    {
        Removed = removed;
        Touched = touched;
        Derived = derived;
        IsEverything = everything;
        TouchesConstants = touchesConstants;
    }

    /// <summary>Whether no cached model can hold: options, references, global usings or assembly attributes changed, or a claim only binding can read.</summary>
    public bool IsEverything { get; }

    /// <summary>Trees of the earlier snapshot that the later one does not have (edited or deleted files).</summary>
    public HashSet<SyntaxTree> Removed { get; }

    /// <summary>The names the changed files declare, derive from or alias, before or after the change, and the simple names of legacy names claimed or given up.</summary>
    public HashSet<string> Touched { get; }

    /// <summary>
    /// The names the changed files' classes derive from and their type parameters are constrained to, before or after the
    /// change: whether a class derives from a canonical type decides its shim, and nothing else a model holds.
    /// </summary>
    public HashSet<string> Derived { get; }

    /// <summary>Whether a changed file declares a constant or an enum, before or after the change.</summary>
    public bool TouchesConstants { get; }

    public static SnapshotChange Of(CompilationSnapshot earlier, CompilationSnapshot later, List<SyntaxTree> removed, List<SyntaxTree> added, CancellationToken cancellationToken)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var derived = new HashSet<string>(StringComparer.Ordinal);
        bool constants = false;

        // What the old versions declare counts down, what the new ones declare counts up: what ends at zero is as it was.
        var fileWide = new Tally();
        var namespaces = new Tally();
        var claims = new Tally();
        foreach ((List<SyntaxTree> trees, int sign) in new[] { (removed, -1), (added, 1) })
        {
            foreach (SyntaxTree tree in trees)
            {
                TreeKeys keys = TreeKeys.Of(tree, cancellationToken);
                FileDeclarations declarations = keys.Declarations;
                if (declarations.HasComputedClaims)
                {
                    return Everything;
                }

                touched.UnionWith(keys.Touched);
                derived.UnionWith(declarations.DerivedNames);
                constants |= keys.DeclaresConstants;
                fileWide.Add(keys.FileWide, sign);
                claims.Add(declarations.ClaimedNames, sign);
                namespaces.Add(declarations.Namespaces.SelectMany(NameText.Enclosing).Distinct(StringComparer.Ordinal), sign);
            }
        }

        // An edit that keeps every global using and assembly attribute leaves them as they were (in other files).
        if (fileWide.Changed.Any())
        {
            return Everything;
        }

        // A namespace declared by as many files as before exists as before; one declared more or less often may have come
        // or gone, and then its name may bind where it did not (or no longer).
        foreach (string ns in namespaces.Changed)
        {
            if (earlier.DeclaresNamespace(ns, cancellationToken) != later.DeclaresNamespace(ns, cancellationToken))
            {
                touched.Add(ns.Substring(ns.LastIndexOf('.') + 1));
            }
        }

        // A legacy name claimed or no longer claimed changes what an error type of its simple name resolves to (and which
        // classes derive from a legacy name): models that mention the simple name are read again.
        foreach (string claim in claims.Changed)
        {
            if (LegacyName.TryParse(claim, out _) is { } name)
            {
                touched.Add(name.Name);
            }
            else
            {
                TreeKeys.AddWords(touched, claim);
            }
        }

        return new SnapshotChange(new HashSet<SyntaxTree>(removed), touched, derived, everything: false, constants);
    }

    /// <summary>How many more times the new versions of the changed files say each text than their old versions did.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public IEnumerable<string> Changed => _counts.Where(c => c.Value != 0).Select(c => c.Key);

        public void Add(IEnumerable<string> texts, int sign)
        {
            foreach (string text in texts)
            {
                _counts[text] = (_counts.TryGetValue(text, out int count) ? count : 0) + sign;
            }
        }
    }
}
