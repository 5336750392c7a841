using System;
using System.Collections.Generic;

namespace Ssot.Generators.Helpers;

/// <summary>Strings each once, in the order first added: merged facts that stay equal for equal inputs.</summary>
internal sealed class OrderedSet
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

    public void AddRange(IEnumerable<string> items)
    {
        foreach (string item in items)
        {
            Add(item);
        }
    }

    public EquatableArray<string> ToEquatableArray() => new(_items.ToArray());
}
