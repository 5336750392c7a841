using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Ssot.Generators.Model;

/// <summary>A legacy metadata name split into namespace, containing types, simple name and arity.</summary>
internal sealed class LegacyName
{
    private LegacyName(string metadataName, string @namespace, IReadOnlyList<string> containingTypes, string name, int arity)
    {
        MetadataName = metadataName;
        Namespace = @namespace;
        ContainingTypes = containingTypes;
        Name = name;
        Arity = arity;
    }

    /// <summary>The name as given: <c>Ns.Outer+Inner`1</c>.</summary>
    public string MetadataName { get; }

    /// <summary>The namespace (unescaped, dotted), empty for the global namespace.</summary>
    public string Namespace { get; }

    /// <summary>The enclosing type names (unescaped), outermost first.</summary>
    public IReadOnlyList<string> ContainingTypes { get; }

    /// <summary>The simple name without arity (unescaped).</summary>
    public string Name { get; }

    public int Arity { get; }

    /// <summary>The name as C# writes it, for messages: <c>Ns.Outer.Inner</c>.</summary>
    public string DisplayName
    {
        get
        {
            string prefix = Namespace.Length == 0 ? string.Empty : Namespace + ".";
            foreach (string outer in ContainingTypes)
            {
                prefix += outer + ".";
            }

            return prefix + Name;
        }
    }

    /// <summary>
    /// The name a shim of this legacy type takes in the global namespace: its namespace's first segment, its outermost
    /// type, or itself; <see langword="null"/> for a generic type there (an alias and a generic type of one name coexist).
    /// </summary>
    public string? GlobalRoot =>
        Namespace.Length > 0 ? Namespace.Split('.')[0]
        : ContainingTypes.Count > 0 ? ContainingTypes[0]
        : Arity == 0 ? Name
        : null;

    /// <summary>Parses a legacy name, or says in <paramref name="error"/> why it is not one.</summary>
    public static LegacyName? TryParse(string? text, out string error)
    {
        if (text is null || text.Trim().Length == 0)
        {
            error = "the name is empty";
            return null;
        }

        if (text.StartsWith("global::", StringComparison.Ordinal))
        {
            error = "write the metadata name without 'global::'";
            return null;
        }

        if (text.Trim().Length != text.Length)
        {
            error = "the name has leading or trailing white space";
            return null;
        }

        string[] nestedParts = text.Split('+');
        string[] dotted = nestedParts[0].Split('.');
        var containing = new List<string>();
        for (int i = 1; i < nestedParts.Length; i++)
        {
            containing.Add(nestedParts[i]);
        }

        string outermost = dotted[dotted.Length - 1];
        string @namespace = string.Join(".", dotted, 0, dotted.Length - 1);
        for (int i = 0; i < dotted.Length - 1; i++)
        {
            if (!IsIdentifier(dotted[i], out error))
            {
                return null;
            }
        }

        // With nesting, the last dotted segment is the outermost type and the last '+' part the shim itself.
        var types = new List<string> { outermost };
        types.AddRange(containing);
        string last = types[types.Count - 1];
        types.RemoveAt(types.Count - 1);

        foreach (string outer in types)
        {
            if (outer.IndexOf('`') >= 0)
            {
                error = "a legacy type nested in a generic type is not supported";
                return null;
            }

            if (!IsIdentifier(outer, out error))
            {
                return null;
            }
        }

        int arity = 0;
        int tick = last.IndexOf('`');
        if (tick >= 0)
        {
            string count = last.Substring(tick + 1);
            if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out arity) || arity <= 0)
            {
                error = "the generic arity after '`' must be a positive number";
                return null;
            }

            last = last.Substring(0, tick);
        }

        if (!IsIdentifier(last, out error))
        {
            return null;
        }

        error = string.Empty;
        return new LegacyName(text, @namespace, types, last, arity);
    }

    private static bool IsIdentifier(string segment, out string error)
    {
        if (segment.Length == 0)
        {
            error = "it has an empty segment";
            return false;
        }

        if (segment.StartsWith("@", StringComparison.Ordinal))
        {
            error = "write '" + segment.Substring(1) + "' without '@': metadata names are not escaped";
            return false;
        }

        // Keywords are valid metadata names: the shim writes them as @keyword.
        if (!SyntaxFacts.IsValidIdentifier(segment) && SyntaxFacts.GetKeywordKind(segment) == SyntaxKind.None)
        {
            error = "'" + segment + "' is not a valid identifier";
            return false;
        }

        error = string.Empty;
        return true;
    }
}
