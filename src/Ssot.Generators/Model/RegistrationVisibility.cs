namespace Ssot.Generators.Model;

/// <summary>
/// The accessibility of the generated registration class, from the MSBuild property <c>SsotRegistrationVisibility</c>:
/// <c>public</c> (the default: the application that composes the services is usually another project) or
/// <c>internal</c> (a library that adds nothing to its public API).
/// </summary>
internal enum RegistrationVisibility
{
    Public,
    Internal,
}
