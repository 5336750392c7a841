namespace Ssot.Generators.Tests.Differential;

/// <summary>Where a class of extension methods lives, and how its file names the legacy namespace.</summary>
internal enum ExtensionPlace
{
    /// <summary>A sibling namespace; the file imports the legacy namespace at its top.</summary>
    SiblingUsingAtTop,

    /// <summary>A sibling namespace; the import is inside the namespace declaration (so it is seen before global aliases).</summary>
    SiblingUsingInside,

    /// <summary>A sibling namespace; every type name fully qualified.</summary>
    SiblingQualified,

    /// <summary>A namespace nested in the legacy one: simple names find the legacy namespace's types by lookup.</summary>
    Nested,
}
