using System.Collections.Immutable;
using System.Linq;

namespace Ssot.Generators.Tests.Properties;

/// <summary>Where a legacy name is placed relative to its canonical type, resolved once every name of the case is final.</summary>
internal enum LegacyAnchor
{
    /// <summary>Its own namespace and containing types.</summary>
    None,

    /// <summary>The canonical type's namespace, then its own containing types.</summary>
    CanonicalNamespace,

    /// <summary>Nested in the types the canonical type is nested in.</summary>
    CanonicalContainers,

    /// <summary>Nested in the canonical type itself.</summary>
    CanonicalType,

    /// <summary>Nested in an outer class (generated) nested in the canonical type.</summary>
    InsideCanonicalType,
}

/// <summary>One legacy name of a canonical type: <c>Ns.Outer+Inner`2</c>.</summary>
internal sealed record LegacyNameSpec(ImmutableArray<Name> Namespace, ImmutableArray<Name> Containing, Name Simple, int Arity, LegacyAnchor Anchor = LegacyAnchor.None)
{
    public string NamespaceValue => string.Join(".", Namespace.Select(n => n.Value));

    /// <summary>The metadata name the attribute is given.</summary>
    public string MetadataName =>
        (Namespace.IsEmpty ? string.Empty : NamespaceValue + ".")
        + string.Concat(Containing.Select(c => c.Value + "+"))
        + Simple.Value
        + (Arity == 0 ? string.Empty : "`" + Arity);

    /// <summary>The metadata name of the type it is nested in, if it is nested.</summary>
    public string? OuterMetadataName(int depth) =>
        (Namespace.IsEmpty ? string.Empty : NamespaceValue + ".") + string.Join("+", Containing.Take(depth + 1).Select(c => c.Value));

    /// <summary>How C# names the legacy type in <c>typeof</c>: <c>global::Ns.Outer.Inner&lt;,&gt;</c>.</summary>
    public string TypeOfText =>
        "global::" + string.Join(".", Namespace.Concat(Containing).Append(Simple).Select(n => n.Display))
        + (Arity == 0 ? string.Empty : "<" + new string(',', Arity - 1) + ">");
}
