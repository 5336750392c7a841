namespace Ssot.Generators.Model;

/// <summary>How a forwarded property's accessor is declared.</summary>
internal enum AccessorAccess
{
    /// <summary>There is no such accessor to forward.</summary>
    None,

    /// <summary>The accessor has the property's accessibility.</summary>
    AsMember,

    /// <summary>The accessor is narrower than the property: it is written <c>internal</c>.</summary>
    Internal,
}
