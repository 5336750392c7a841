using System;
using System.Diagnostics;

namespace Ssot;

/// <summary>
/// Says that a method, property or event of a <see cref="CanonicalAttribute"/> type used to be called
/// <see cref="Name"/>, with the same parameters and type. The legacy shim gets an obsolete member of that name that
/// forwards to this one, code that reaches the canonical type through the alias keeps compiling, and every use of the
/// old name is reported with a fix that renames it.
/// </summary>
/// <remarks>
/// Like <see cref="CanonicalAttribute"/>, it is only read at compile time and is not kept in the compiled assembly
/// unless the <c>SSOT_KEEP_ATTRIBUTES</c> symbol is defined.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Event,
    AllowMultiple = true,
    Inherited = false)]
[Conditional("SSOT_KEEP_ATTRIBUTES")]
public sealed class LegacyNameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The member's old name, a C# identifier: <c>SendMessage</c>.</param>
    public LegacyNameAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The member's old name.</summary>
    public string Name { get; }
}
