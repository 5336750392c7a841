namespace Ssot.Generators.Tests.Properties;

/// <summary>One parameter before it is placed: required ones go first, then optional ones, then <c>params</c>.</summary>
/// <param name="Modifier">"", "ref ", "out ", "in ", "ref readonly ", "scoped ref " or "scoped ".</param>
/// <param name="Pick">Which default value, if the parameter is optional.</param>
internal sealed record ParameterPlan(Name Name, TypeChoice Type, string Modifier, int Pick, bool WantsDefault)
{
    public bool IsOptional => WantsDefault && Type.Defaults.Length > 0 && Modifier is "" or "in ";

    public string Default => Type.Defaults[Pick % Type.Defaults.Length];
}

/// <summary>What a parameter list may contain.</summary>
internal sealed record ParameterRules(int Max, bool RefKinds, bool RefLike, bool Params, bool Defaults, bool CallerInfo, bool NoValueName)
{
    public static ParameterRules Method { get; } = new(4, RefKinds: true, RefLike: true, Params: true, Defaults: true, CallerInfo: true, NoValueName: false);

    public static ParameterRules Indexer { get; } = new(2, RefKinds: false, RefLike: false, Params: true, Defaults: true, CallerInfo: false, NoValueName: true);

    public static ParameterRules Constructor { get; } = new(3, RefKinds: true, RefLike: true, Params: true, Defaults: true, CallerInfo: true, NoValueName: false);

    /// <summary>Primary constructor and record parameters: by value, captured or turned into properties.</summary>
    public static ParameterRules Primary { get; } = new(3, RefKinds: false, RefLike: false, Params: false, Defaults: true, CallerInfo: false, NoValueName: false);
}

/// <summary>A parameter list as placed: its text, the type key that tells overloads apart, and where its names went.</summary>
internal sealed record PlacedParameters(string Text, string Key, System.Collections.Immutable.ImmutableArray<int> Locals);
