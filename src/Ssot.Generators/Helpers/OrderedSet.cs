using System;
using System.Collections.Generic;

namespace Ssot.Generators.Helpers;

/// <summary>Strings each once, in the order first added: merged facts that stay equal for equal inputs.</summary>
internal sealed class OrderedSet
{
    // Most sets hold a handful of names (one file's): a scan of the list beats hashing, and allocates nothing more.
    private const int ScanLimit = 8;

    private readonly List<string> _items = [];
    private HashSet<string>? _seen;

    public int Count => _items.Count;

    public bool Contains(string item)
    {
        if (_seen is not null)
        {
            return _seen.Contains(item);
        }

        foreach (string existing in _items)
        {
            if (string.Equals(existing, item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public void Add(string item)
    {
        if (_seen is not null)
        {
            if (_seen.Add(item))
            {
                _items.Add(item);
            }

            return;
        }

        if (Contains(item))
        {
            return;
        }

        _items.Add(item);
        if (_items.Count > ScanLimit)
        {
            _seen = new HashSet<string>(_items, StringComparer.Ordinal);
        }
    }

    public void AddRange(IEnumerable<string> items)
    {
        foreach (string item in items)
        {
            Add(item);
        }
    }

    /// <summary>Empties the set for reuse (its storage is kept).</summary>
    public void Clear()
    {
        _items.Clear();
        _seen = null;
    }

    public EquatableArray<string> ToEquatableArray() => _items.Count == 0 ? EquatableArray<string>.Empty : new(_items.ToArray());
}
