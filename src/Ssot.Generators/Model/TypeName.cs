namespace Ssot.Generators.Model;

/// <summary>The names of one type as each emitter needs them.</summary>
/// <param name="Namespace">The containing namespace, empty for the global namespace.</param>
/// <param name="Name">The simple name as written in code, without type parameters (escaped when it is a keyword).</param>
/// <param name="MetadataName">The full metadata name (<c>Ns.Outer+Inner`1</c>).</param>
/// <param name="FullyQualified">The fully qualified name with <c>global::</c> and type parameters (<c>global::Ns.Repo&lt;T&gt;</c>).</param>
internal sealed record TypeName(string Namespace, string Name, string MetadataName, string FullyQualified);
