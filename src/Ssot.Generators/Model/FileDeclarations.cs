using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>
/// What one file contributes to the rules and to the analyzers' text filters, read from syntax alone: its <c>using</c>
/// directives, the namespaces and types it declares, and the names its declarations show (never member bodies, so typing
/// inside a method changes nothing here).
/// </summary>
/// <param name="FileName">The file's name (without its folder), for messages that point at it.</param>
/// <param name="Usings">Its <c>using</c> directives.</param>
/// <param name="Namespaces">The full names of the namespaces it declares.</param>
/// <param name="Types">The types it declares directly in a namespace (or the global namespace).</param>
/// <param name="AttributeNames">The last identifiers of the attributes written on its type declarations, nested ones included.</param>
/// <param name="SignatureNames">
/// The identifiers named in the signatures another assembly can see (public or protected members of public types):
/// return, parameter, property, field and event types, base types and constraints.
/// </param>
/// <param name="ClaimedNames">The legacy names its <c>[Canonical]</c> attributes write as string literals.</param>
/// <param name="HasComputedClaims">Whether one of its <c>[Canonical]</c> attributes writes a legacy name as another constant expression.</param>
/// <param name="DerivedNames">
/// The last identifiers of the types its classes derive from and its type parameters are constrained to, in every
/// declaration whatever its accessibility (base lists of classes and records; constraints of types, methods and delegates).
/// </param>
internal sealed record FileDeclarations(
    string FileName,
    FileUsings Usings,
    EquatableArray<string> Namespaces,
    EquatableArray<DeclaredType> Types,
    EquatableArray<string> AttributeNames,
    EquatableArray<string> SignatureNames,
    EquatableArray<string> ClaimedNames,
    bool HasComputedClaims,
    EquatableArray<string> DerivedNames)
{
    public static readonly FileDeclarations Empty = new(string.Empty, FileUsings.Empty, EquatableArray<string>.Empty, EquatableArray<DeclaredType>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, HasComputedClaims: false, EquatableArray<string>.Empty);
}
