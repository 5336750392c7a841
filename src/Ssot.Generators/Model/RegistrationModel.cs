using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>What the generated DI registration method registers for one canonical type.</summary>
/// <param name="MethodName">The extension method's name.</param>
/// <param name="Lifetime">The <c>ServiceLifetime</c> member name: Singleton, Scoped or Transient.</param>
/// <param name="ServiceTypes">Further service types, fully qualified.</param>
internal sealed record RegistrationModel(string MethodName, string Lifetime, EquatableArray<string> ServiceTypes);
