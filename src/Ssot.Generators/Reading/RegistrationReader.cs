using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;

namespace Ssot.Generators.Reading;

/// <summary>Reads what the generated registration method of one canonical type registers.</summary>
internal static class RegistrationReader
{
    /// <summary>The registration, or <see langword="null"/> when the type gets none (asked for none, or cannot be a service).</summary>
    /// <param name="valid">Set to <see langword="false"/> when an argument is a usage error.</param>
    public static RegistrationModel? Read(INamedTypeSymbol type, CanonicalAttributeData data, TypeDisplay display, List<Diagnostic>? diagnostics, ref bool valid)
    {
        if (data.Lifetime is not (RequestedLifetime.Singleton or RequestedLifetime.Scoped or RequestedLifetime.Transient))
        {
            return null;
        }

        string lifetime = data.Lifetime.ToString();
        string? notPossible = type switch
        {
            { TypeKind: TypeKind.Interface } => "an interface has no implementation to register",
            { TypeKind: TypeKind.Struct } => "a struct cannot be a service",
            { IsStatic: true } => "a static class has no instance",
            { IsAbstract: true } => "an abstract class cannot be constructed",
            { IsGenericType: true } => "a generic type is registered as an open generic by hand",
            _ => null,
        };
        if (notPossible is not null)
        {
            if (data.LifetimeIsExplicit)
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.RegistrationNotPossible, data.NamedArgumentLocation("Lifetime"), lifetime, type.ToReadable(), notPossible));
            }

            return null;
        }

        string methodName = RegistrationPlanner.MethodNameOf(data.RegistrationMethod, type.Name);
        if (!SyntaxFacts.IsValidIdentifier(methodName) || SyntaxFacts.GetKeywordKind(methodName) != SyntaxKind.None)
        {
            diagnostics?.Add(Diagnostic.Create(
                DiagnosticDescriptors.InvalidRegistrationMethod,
                data.NamedArgumentLocation("RegistrationMethod"),
                methodName,
                type.ToReadable(),
                "it is not a C# identifier"));
            valid = false;
        }

        var serviceTypes = new List<string>();
        IReadOnlyList<ITypeSymbol?> entries = data.ServiceTypes ?? [];
        for (int i = 0; i < entries.Count; i++)
        {
            string? problem = entries[i] switch
            {
                null or IErrorTypeSymbol => "the entry is null or does not name a type",
                INamedTypeSymbol { IsUnboundGenericType: true } => "an open generic type cannot resolve to one instance",
                ITypeSymbol service when !Implements(type, service) => "'" + type.ToReadable() + "' does not implement or derive from it",
                ITypeSymbol { IsValueType: true } => "a value type cannot share an instance",
                _ => null,
            };
            if (problem is not null)
            {
                diagnostics?.Add(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidServiceType,
                    data.ServiceTypeLocation(i),
                    entries[i]?.ToReadable() ?? "null",
                    type.ToReadable(),
                    problem));
                valid = false;
                continue;
            }

            string name = display.FullyQualified(entries[i]!);
            if (!serviceTypes.Contains(name))
            {
                serviceTypes.Add(name);
            }
        }

        return new RegistrationModel(methodName, lifetime, serviceTypes.ToEquatableArray(), type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public));
    }

    private static bool Implements(INamedTypeSymbol type, ITypeSymbol service)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, service))
            {
                return true;
            }
        }

        return type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, service));
    }
}
