using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Tests.Properties;

/// <summary>What one canonical type of a case must produce, decided from the design, not from the product's code.</summary>
/// <param name="Shape">Facade, Subclass, StaticForwarder, DerivedInterface or None; <see langword="null"/> when a usage error skips the type.</param>
/// <param name="Diagnostics">The usage analyzer's diagnostics this type alone gets (SSOT1xxx, SSOT3001, SSOT3004).</param>
/// <param name="RegistrationMethod">The registration method it asks for, if any.</param>
internal sealed record TypeOutcome(CanonicalTypeSpec Type, string? Shape, IReadOnlyList<string> Diagnostics, string? RegistrationMethod)
{
    public bool IsValid => Shape is not null;

    public bool EmitsShims => Shape is not null and not "None";
}

/// <summary>
/// The expected result of a case. The rules are the design's: a type no shim can name (file-local, private, protected,
/// ref struct) is SSOT1009; a shim shape that cannot exist is SSOT1008; a lifetime set on a type no container can
/// build is SSOT3004; a nested legacy name inside a declared type that is not partial is SSOT1010; each skips only that
/// type's output. Aliases are skipped for generic types (SSOT2002), names two canonical types want (SSOT2004) and
/// names the global namespace already holds or a shim takes there (SSOT2003).
/// </summary>
internal static class CaseExpectations
{
    public static TypeOutcome Outcome(CanonicalCase @case, CanonicalTypeSpec type)
    {
        var diagnostics = new List<string>();
        if (type.Access is "file" or "private" or "protected" || type.IsRefStruct)
        {
            return new TypeOutcome(type, null, ["SSOT1009"], null);
        }

        string? shape = Shape(type);
        if (shape is null)
        {
            diagnostics.Add("SSOT1008");
        }

        string? registration = null;
        if ((type.Attribute.Lifetime ?? "Singleton") != "None")
        {
            bool registrable = type.ProductKind is CaseKind.Class or CaseKind.SealedClass && type.TypeParameters.IsEmpty;
            if (registrable)
            {
                registration = "Add" + type.Name.Value;
            }
            else if (type.Attribute.Lifetime is not null)
            {
                diagnostics.Add("SSOT3004");
            }
        }

        if (shape is not null && NestedInDeclaredNonPartial(@case, type))
        {
            diagnostics.Add("SSOT1010");
            shape = null;
        }

        if (shape is not null && registration is not null && !@case.WithDependencyInjection)
        {
            diagnostics.Add("SSOT3001");
        }

        return new TypeOutcome(type, shape, diagnostics, shape is null ? null : registration);
    }

    public static IEnumerable<TypeOutcome> Outcomes(CanonicalCase @case) => @case.Types.Select(t => Outcome(@case, t));

    /// <summary>Every legacy name that gets a shim, with its canonical type.</summary>
    public static IEnumerable<(CanonicalTypeSpec Type, LegacyNameSpec Legacy)> ExpectedShims(CanonicalCase @case) =>
        Outcomes(@case).Where(o => o.EmitsShims).SelectMany(o => o.Type.LegacyNames.Select(l => (o.Type, l)));

    /// <summary>The registration methods the registration file must hold (one type per name; two wanting one get none).</summary>
    public static IEnumerable<string> ExpectedRegistrations(CanonicalCase @case) =>
        @case.WithDependencyInjection
            ? Outcomes(@case).Where(o => o.RegistrationMethod is not null).GroupBy(o => o.RegistrationMethod!, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key)
            : [];

    /// <summary>The IDs the usage analyzer must report, sorted: per type, then the aliases, then registration names.</summary>
    public static List<string> ExpectedUsageDiagnostics(CanonicalCase @case, Compilation input)
    {
        List<TypeOutcome> outcomes = Outcomes(@case).ToList();
        var ids = outcomes.SelectMany(o => o.Diagnostics).ToList();
        ids.AddRange(Aliases(@case, input).Where(a => a.Skip is not null).Select(a => a.Skip!));
        ids.AddRange(outcomes
            .Where(o => o.RegistrationMethod is not null)
            .GroupBy(o => o.RegistrationMethod!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(_ => "SSOT3005")));
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>The global aliases the alias file must hold: <c>name = target</c>, sorted.</summary>
    public static List<string> ExpectedAliases(CanonicalCase @case, Compilation input) =>
        Aliases(@case, input)
            .Where(a => a.Skip is null)
            .Select(a => a.Name + " = " + a.Target)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToList();

    /// <summary>Each alias a top-level legacy name asks for, and the ID it is skipped with (<see langword="null"/> when emitted).</summary>
    private static List<(string Name, string Target, string? Skip)> Aliases(CanonicalCase @case, Compilation input)
    {
        var candidates = Outcomes(@case)
            .Where(o => o.IsValid && (o.Type.Attribute.Alias ?? true))
            .SelectMany(o => o.Type.LegacyNames.Where(l => l.Containing.IsEmpty).Select(l => (Outcome: o, Legacy: l)))
            .ToList();
        // A name a shim takes at the global level: its namespace's first segment, its outer class, or its own name.
        var takenByGlobalShim = new HashSet<string>(
            Outcomes(@case).Where(o => o.EmitsShims).SelectMany(o => o.Type.LegacyNames).Select(RootOf),
            StringComparer.Ordinal);
        var result = new List<(string, string, string?)>();
        foreach (var (outcome, legacy) in candidates)
        {
            string name = legacy.Simple.Value;
            // A generic canonical type never gets an alias, so it does not compete for one.
            int claimants = candidates.Where(c => c.Legacy.Simple.Value == name && c.Outcome.Type.Arity == 0).Select(c => c.Outcome.Type).Distinct().Count();
            string? skip = outcome.Type.Arity > 0 ? "SSOT2002"
                : claimants > 1 ? "SSOT2004"
                : takenByGlobalShim.Contains(name) || input.GlobalNamespace.GetMembers(name).Any(m => m is INamespaceSymbol or INamedTypeSymbol { Arity: 0 }) ? "SSOT2003"
                : null;
            result.Add((legacy.Simple.Display, outcome.Type.FullyQualified, skip));
        }

        return result;
    }

    // A generic shim in the global namespace takes no alias name: an alias and a generic type of one name coexist.
    private static string RootOf(LegacyNameSpec legacy) =>
        !legacy.Namespace.IsEmpty ? legacy.Namespace[0].Value
        : !legacy.Containing.IsEmpty ? legacy.Containing[0].Value
        : legacy.Arity == 0 ? legacy.Simple.Value
        : string.Empty;

    private static string? Shape(CanonicalTypeSpec type)
    {
        CaseKind kind = type.ProductKind;
        return (type.Attribute.Shim ?? "Auto") switch
        {
            "None" => "None",
            "Auto" => kind switch
            {
                CaseKind.Interface => "DerivedInterface",
                CaseKind.StaticClass => "StaticForwarder",
                CaseKind.AbstractClass => "Subclass",
                _ => "Facade",
            },
            "Facade" => kind is CaseKind.Interface or CaseKind.StaticClass or CaseKind.AbstractClass ? null : "Facade",
            _ => kind is CaseKind.Interface or CaseKind.StaticClass or CaseKind.SealedClass or CaseKind.Struct || !type.HasAccessibleConstructor ? null : "Subclass",
        };
    }

    /// <summary>Whether a nested legacy name lives in a type the case declares without <c>partial</c>.</summary>
    private static bool NestedInDeclaredNonPartial(CanonicalCase @case, CanonicalTypeSpec type)
    {
        var declared = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (CanonicalTypeSpec t in @case.Types)
        {
            string prefix = t.Namespace.IsEmpty ? string.Empty : t.NamespaceValue + ".";
            foreach (ContainerSpec container in t.Containers)
            {
                prefix += container.Name.Value;
                declared[prefix] = container.IsPartial;
                prefix += "+";
            }

            declared[t.MetadataName] = t.IsPartial;
            foreach (MemberSpec nested in t.Members.Where(m => m.IsNestedType))
            {
                declared[t.MetadataName + "+" + nested.Names[0].Value] = false;
            }
        }

        foreach (LegacyNameSpec legacy in type.LegacyNames)
        {
            for (int depth = 0; depth < legacy.Containing.Length; depth++)
            {
                if (declared.TryGetValue(legacy.OuterMetadataName(depth)!, out bool isPartial) && !isPartial)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
