using System;
using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;

namespace Ssot.Generators.Planning;

/// <summary>Decides the generated registration methods: one per canonical type that asks for one, where it can compile.</summary>
internal static class RegistrationPlanner
{
    /// <summary>The name of a type's registration method: the attribute's, or <c>Add</c> and the type's name.</summary>
    public static string MethodNameOf(string? requested, string typeName) => requested ?? "Add" + typeName;

    /// <param name="visibility">
    /// The project's <c>SsotRegistrationVisibility</c>: with <see cref="RegistrationVisibility.Internal"/> every method is
    /// internal; otherwise a method is as visible as its canonical type. It changes no skip, so the analyzers leave it out.
    /// </param>
    public static RegistrationPlan Plan(IReadOnlyList<CanonicalTypeModel> models, ShimPlan shims, CompilationFacts facts, RegistrationVisibility visibility = RegistrationVisibility.Public)
    {
        List<CanonicalTypeModel> registered = models.Where(m => m.Registration is not null).OrderBy(m => m.Type.MetadataName, StringComparer.Ordinal).ToList();
        if (registered.Count == 0)
        {
            return RegistrationPlan.Empty;
        }

        // The container constructs a service through a public constructor only: a type without one would throw on
        // resolution, so it gets no method (with or without the container), and its method name is left to the others.
        var skipped = registered
            .Where(m => !m.Registration!.HasPublicConstructor)
            .Select(m => new RegistrationSkip(m.Type.MetadataName, RegistrationSkipReason.NoPublicConstructor, m.Registration!.Lifetime))
            .ToList();
        registered = registered.Where(m => m.Registration!.HasPublicConstructor).ToList();
        if (!facts.HasDependencyInjection)
        {
            skipped.AddRange(registered.Select(m => new RegistrationSkip(m.Type.MetadataName, RegistrationSkipReason.NoDependencyInjection, m.Registration!.MethodName)));
        }

        // Two types wanting one method name would not compile: neither gets one.
        var methodCounts = registered.GroupBy(m => m.Registration!.MethodName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        skipped.AddRange(registered
            .Where(m => methodCounts[m.Registration!.MethodName] > 1)
            .Select(m => new RegistrationSkip(m.Type.MetadataName, RegistrationSkipReason.DuplicateMethodName, m.Registration!.MethodName)));

        if (!facts.HasDependencyInjection)
        {
            return new RegistrationPlan(EquatableArray<RegistrationEntry>.Empty, skipped.ToEquatableArray());
        }

        var planned = new HashSet<string>(shims.Shims.Select(s => s.LegacyMetadataName), StringComparer.Ordinal);
        RegistrationEntry[] entries = registered
            .Where(m => methodCounts[m.Registration!.MethodName] == 1)
            .Select(m => new RegistrationEntry(
                m.Type.FullyQualified,
                m.IsPublic && visibility == RegistrationVisibility.Public,
                m.Registration!.MethodName,
                m.Registration.Lifetime,
                m.Registration.ServiceTypes,

                // Source that names an obsolete-as-error type would not compile: then only the canonical type is registered.
                m.Shape == ShimShape.Facade && !m.Obsolete.IsError
                    ? m.LegacyTypes.Where(l => planned.Contains(l.MetadataName)).Select(l => l.FullyQualified).ToEquatableArray()
                    : EquatableArray<string>.Empty,
                m.Shape == ShimShape.Facade ? new EquatableArray<string>([m.Obsolete.DiagnosticId]) : EquatableArray<string>.Empty))
            .ToArray();
        return new RegistrationPlan(new EquatableArray<RegistrationEntry>(entries), skipped.ToEquatableArray());
    }
}
