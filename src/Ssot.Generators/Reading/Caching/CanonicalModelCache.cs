using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading.Caching;

/// <summary>
/// The model of each <c>[Canonical]</c> declaration, kept from one compilation to the next and reused without binding
/// anything while nothing it may depend on changed. <c>ForAttributeWithMetadataName</c> reruns its transform for every
/// attributed type on every new compilation, but a file nobody edited keeps its syntax tree and nodes, so the cache is
/// keyed on the declaration's node, and each entry says what it depends on:
/// <list type="bullet">
/// <item>the trees that declare the type, the types around it, its base types and its interfaces (an edit there makes a
/// new tree, so the entry no longer holds);</item>
/// <item>every name those files mention: a changed file that declares, derives from or aliases one of them (before or
/// after the change), or declares or stops declaring a namespace named by one, may change what a signature binds to;</item>
/// <item>global usings, assembly attributes and the legacy names claimed anywhere (any change to them: nothing holds);</item>
/// <item>constants declared anywhere, when the files fold one into a default value or an attribute argument;</item>
/// <item>the references, the compilation options and the assembly name.</item>
/// </list>
/// The typing fuzz (a kept driver against a fresh one after every edit, on edits chosen to make such a cache stale) is
/// what shows the list is complete.
/// </summary>
internal static class CanonicalModelCache
{
    private static readonly ConditionalWeakTable<SyntaxNode, Slot> Slots = new();

    /// <summary>The model of the attributed type, from the cache when it still holds, read otherwise.</summary>
    public static CanonicalTypeModel? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.Length != 1)
        {
            return null;
        }

        Compilation compilation = context.SemanticModel.Compilation;
        CompilationSnapshot now = CompilationSnapshot.Of(compilation);
        Slot slot = Slots.GetValue(context.TargetNode, static _ => new Slot());
        if (slot.Entry is { } entry && entry.Holds(now, cancellationToken))
        {
            slot.Entry = entry.SeenIn(now);
            return entry.Model;
        }

        CanonicalTypeModel? model = CanonicalReader.Read(type, context.Attributes[0], compilation, diagnostics: null, cancellationToken);
        slot.Entry = Entry.Read(model, type, context.Attributes[0], now);
        return model;
    }

    /// <summary>Whether the model kept for a declaration would be reused in <paramref name="compilation"/> (for tests).</summary>
    internal static bool WouldReuse(SyntaxNode declaration, Compilation compilation) =>
        Slots.TryGetValue(declaration, out Slot? slot) && slot.Entry is { } entry && entry.Holds(CompilationSnapshot.Of(compilation), CancellationToken.None);

    private sealed class Slot
    {
        public volatile Entry? Entry;
    }

    private sealed class Entry
    {
        private readonly SyntaxTree[] _trees;
        private readonly CompilationSnapshot _seen;
        private readonly Dependencies _names;

        private Entry(CanonicalTypeModel? model, SyntaxTree[] trees, CompilationSnapshot seen, Dependencies names)
        {
            Model = model;
            _trees = trees;
            _seen = seen;
            _names = names;
        }

        public CanonicalTypeModel? Model { get; }

        public static Entry Read(CanonicalTypeModel? model, INamedTypeSymbol type, AttributeData attribute, CompilationSnapshot seen) =>
            new(model, DeclaringTrees(type).ToArray(), seen, new Dependencies(OwnNames(type, attribute)));

        public Entry SeenIn(CompilationSnapshot now) =>
            ReferenceEquals(_seen, now) ? this : new Entry(Model, _trees, now, _names);

        public bool Holds(CompilationSnapshot now, CancellationToken cancellationToken)
        {
            if (ReferenceEquals(_seen, now))
            {
                return true;
            }

            SnapshotChange change = now.ChangeSince(_seen, cancellationToken);
            if (change.IsEverything)
            {
                return false;
            }

            foreach (SyntaxTree tree in _trees)
            {
                if (change.Removed.Contains(tree))
                {
                    return false;
                }
            }

            // What the files mention is read at the first edit after the model was read, not in a cold run; the files
            // are unchanged since (checked above), and the global usings too (or the change is everything).
            _names.ReadOnce(_trees, _seen, cancellationToken);
            if (_names.FoldsConstants && change.TouchesConstants)
            {
                return false;
            }

            foreach (string name in change.Derived)
            {
                if (_names.IsOwn(name))
                {
                    return false;
                }
            }

            foreach (string name in change.Touched)
            {
                // An attribute is written without its suffix.
                if (_names.Mentions(name) || (name.EndsWith("Attribute", StringComparison.Ordinal) && _names.Mentions(name.Substring(0, name.Length - "Attribute".Length))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The type's name and the words of its legacy names: what a class deriving from it names in its base list.</summary>
        private static HashSet<string> OwnNames(INamedTypeSymbol type, AttributeData attribute)
        {
            var names = new HashSet<string>(StringComparer.Ordinal) { type.Name };
            foreach (TypedConstant argument in attribute.ConstructorArguments)
            {
                // A null array ('(string[]?)null') has no values: reading them would throw.
                IEnumerable<TypedConstant> values = argument.Kind != TypedConstantKind.Array ? [argument] : argument.IsNull ? [] : argument.Values;
                foreach (TypedConstant value in values)
                {
                    if (value.Value is string text)
                    {
                        TreeKeys.AddWords(names, text);
                    }
                }
            }

            return names;
        }

        /// <summary>The trees of the type's declarations, of the types around it, and of its base types and interfaces and the types around them.</summary>
        private static HashSet<SyntaxTree> DeclaringTrees(INamedTypeSymbol type)
        {
            var trees = new HashSet<SyntaxTree>();
            void Add(INamedTypeSymbol? named)
            {
                for (INamedTypeSymbol? current = named?.OriginalDefinition; current is not null; current = current.ContainingType)
                {
                    foreach (SyntaxReference reference in current.DeclaringSyntaxReferences)
                    {
                        trees.Add(reference.SyntaxTree);
                    }
                }
            }

            Add(type);
            for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
            {
                Add(current);
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                Add(@interface);
            }

            return trees;
        }
    }

    /// <summary>The names an entry's files mention (and the global usings' names), read once, at the entry's first check.</summary>
    /// <remarks>
    /// Entries of one declaration in different compilations share it, and drivers may check them at once: what is read
    /// is built aside and published whole, never changed in place.
    /// </remarks>
    private sealed class Dependencies(HashSet<string> ownNames)
    {
        private volatile HashSet<string>[]? _mentioned;
        private HashSet<string>? _derivedFrom;

        public bool FoldsConstants { get; private set; }

        public void ReadOnce(SyntaxTree[] trees, CompilationSnapshot seen, CancellationToken cancellationToken)
        {
            if (_mentioned is not null)
            {
                return;
            }

            var mentioned = new List<HashSet<string>> { seen.FileWideNames(cancellationToken) };
            bool foldsConstants = false;
            foreach (SyntaxTree tree in trees)
            {
                TreeKeys keys = TreeKeys.Of(tree, cancellationToken);
                mentioned.Add(keys.Mentioned(cancellationToken));
                foldsConstants |= keys.FoldsConstants(cancellationToken);
            }

            // A class may derive from the type through an alias (of an alias) declared in any file.
            var derivedFrom = new HashSet<string>(ownNames, StringComparer.Ordinal);
            NameText.AddAliases(derivedFrom, seen.Aliases(cancellationToken));
            _derivedFrom = derivedFrom;
            FoldsConstants = foldsConstants;
            _mentioned = mentioned.ToArray();
        }

        /// <summary>Whether a base list naming this names the type itself (read with <see cref="ReadOnce"/>).</summary>
        public bool IsOwn(string name) => _derivedFrom!.Contains(name);

        public bool Mentions(string name)
        {
            foreach (HashSet<string> names in _mentioned!)
            {
                if (names.Contains(name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
