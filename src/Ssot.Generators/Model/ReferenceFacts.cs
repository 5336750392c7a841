using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>The answers to a <see cref="ReferenceQuery"/>: of each list of the query, the names for which the answer is yes.</summary>
internal sealed record ReferenceFacts(
    EquatableArray<string> Namespaces,
    EquatableArray<string> Types,
    EquatableArray<string> GlobalNames,
    EquatableArray<string> VisibleTypes)
{
    public static readonly ReferenceFacts None = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
}
