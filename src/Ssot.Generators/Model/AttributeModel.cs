using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>An attribute that must travel with a forwarded member or parameter.</summary>
/// <param name="Type">The attribute type, fully qualified.</param>
/// <param name="Target">The target it is written with (<c>return</c>), or <see langword="null"/>.</param>
/// <param name="Arguments">The positional arguments.</param>
/// <param name="NamedArguments">The named arguments, in order.</param>
internal sealed record AttributeModel(string Type, string? Target, EquatableArray<ConstantModel> Arguments, EquatableArray<NamedArgumentModel> NamedArguments);

/// <summary>A named argument of an attribute.</summary>
internal sealed record NamedArgumentModel(string Name, ConstantModel Value);
