using Ssot.Generators.Helpers;

namespace Ssot.Generators.Model;

/// <summary>What the generated DI registration method registers for one canonical type.</summary>
/// <param name="MethodName">The extension method's name.</param>
/// <param name="Lifetime">The <c>ServiceLifetime</c> member name: Singleton, Scoped or Transient.</param>
/// <param name="ServiceTypes">Further service types, fully qualified.</param>
/// <param name="HasPublicConstructor">Whether the container can construct the type: it does so through a public constructor only.</param>
internal sealed record RegistrationModel(string MethodName, string Lifetime, EquatableArray<string> ServiceTypes, bool HasPublicConstructor);
