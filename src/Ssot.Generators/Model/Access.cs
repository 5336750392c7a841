namespace Ssot.Generators.Model;

/// <summary>The declared accessibility a generated member or constructor is written with.</summary>
internal enum Access
{
    Public,
    Internal,
    Protected,
    ProtectedInternal,
    PrivateProtected,
}
