namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>How a reference writes the legacy type's name.</summary>
internal enum NameStyle
{
    /// <summary><c>Old.Ns.Widget</c> (written <c>global::</c> where the consumer declares a namespace <c>Old</c> of its own).</summary>
    Qualified,

    /// <summary><c>global::Old.Ns.Widget</c>.</summary>
    Global,

    /// <summary><c>Widget</c>, through a <c>using Old.Ns;</c> of the file (or the generated alias, where there is one).</summary>
    Imported,
}
