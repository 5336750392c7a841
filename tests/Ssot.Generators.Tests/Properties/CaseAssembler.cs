using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// Makes independently generated types one valid program: unique names in each type, no two declarations of one
/// name, no type named like a namespace, shared containers declared alike, legacy names that collide with nothing
/// declared and with no other legacy name (those collisions are usage errors the catalogue tests, not this test).
/// </summary>
internal static class CaseAssembler
{
    /// <summary>Names no random member may take: the members the support interfaces and base types bring or need.</summary>
    private static readonly string[] Reserved =
    [
        "Value", "Run", "Changed", "Echo", "Get", "Put", "Zero", "Size", "BaseField", "BaseStatic", "Id", "Equals", "GetHashCode",
        "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals", "Deconstruct", "PrintMembers", "EqualityContract", "Clone",

        // The metadata name of indexers.
        "Item",
    ];

    /// <summary>Names in the global namespace the case itself uses.</summary>
    private static readonly string[] GlobalNames = [CaseRenderer.SupportNamespace, CaseRenderer.UsageClass, "System", "Microsoft", "Ssot", "Windows", "Internal", "FxResources"];

    public static CanonicalCase Assemble(CanonicalTypeSpec[] rawTypes, bool withDependencyInjection)
    {
        CanonicalTypeSpec[] types = rawTypes.Select(UniqueMemberNames).Select(NoSystemRoot).Select(AccessibleAbstractConstructor).ToArray();
        types = UniqueDeclarations(types);
        types = types.Select(ResolveAnchors).ToArray();

        types = UniqueLegacyNames(types, []);

        // Renaming moves nested legacy names; a second pass sees where their global names ended up.
        types = UniqueLegacyNames(types, NestedGlobalNames(types));
        return new CanonicalCase(types.ToImmutableArray(), withDependencyInjection);
    }

    /// <summary>Drops private constructors of an abstract class with the automatic shim (while the defect is open).</summary>
    private static CanonicalTypeSpec AccessibleAbstractConstructor(CanonicalTypeSpec type) =>
        KnownDefects.AvoidAutoSubclassWithoutAccessibleConstructor
        && type.ProductKind == CaseKind.AbstractClass
        && (type.Attribute.Shim ?? "Auto") == "Auto"
        && !type.HasAccessibleConstructor
            ? type with { Members = type.Members.Where(m => m.Key?.StartsWith("ctor(", StringComparison.Ordinal) != true).ToImmutableArray() }
            : type;

    /// <summary>
    /// A type or namespace declared inside the framework's own <c>System</c> namespace clashes with the framework (CS0437):
    /// <c>System</c> is kept as an inner namespace segment only, where it is the trap for names that are not <c>global::</c>.
    /// </summary>
    private static CanonicalTypeSpec NoSystemRoot(CanonicalTypeSpec type) => type with
    {
        Namespace = Rooted(type.Namespace),
        LegacyNames = type.LegacyNames.Select(l => l with { Namespace = Rooted(l.Namespace) }).ToImmutableArray(),
    };

    private static ImmutableArray<Name> Rooted(ImmutableArray<Name> ns) =>
        !ns.IsEmpty && ns[0].Value == "System" ? ns.SetItem(0, ns[0].WithSuffix(2)) : ns;

    /// <summary>Within one type: members, type parameters and the type's name all differ; keyed members appear once.</summary>
    private static CanonicalTypeSpec UniqueMemberNames(CanonicalTypeSpec type)
    {
        // The type's own name must not be one a fixed member or a type parameter takes (CS0542, CS0694). Type parameters
        // keep their names: member types were written with them.
        var typeParameterNames = new HashSet<string>(type.TypeParameters.Select(t => t.Name.Value), StringComparer.Ordinal);
        for (int n = 2; Reserved.Contains(type.Name.Value) || typeParameterNames.Contains(type.Name.Value); n++)
        {
            type = type with { Name = type.Name.WithSuffix(n) };
        }

        var scope = new HashSet<string>(Reserved.Concat(typeParameterNames), StringComparer.Ordinal) { type.Name.Value };
        MemberSpec? primary = type.Primary is null ? null : Unique(type.Primary, scope, typeParameterNames);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<MemberSpec>();
        foreach (MemberSpec member in type.Members)
        {
            if (member.Key is { } key && !keys.Add(key))
            {
                continue;
            }

            // A record or primary constructor decides the constructors: no explicit ones beside it.
            if (primary is not null && member.Key?.StartsWith("ctor(", StringComparison.Ordinal) == true)
            {
                continue;
            }

            members.Add(Unique(member, scope, typeParameterNames));
        }

        return type with
        {
            Primary = primary,
            Members = members.ToImmutableArray(),
        };
    }

    private static MemberSpec Unique(MemberSpec member, HashSet<string> scope, HashSet<string> typeParameterNames)
    {
        var names = member.Names.ToBuilder();
        var ownLocals = new HashSet<string>(member.Names.Skip(member.ScopedNames).Select(n => n.Value), StringComparer.Ordinal);
        for (int i = 0; i < member.ScopedNames; i++)
        {
            // A member is not named like its own type parameters or parameters either.
            Name name = names[i];
            for (int n = 2; ownLocals.Contains(name.Value) || !scope.Add(name.Value); n++)
            {
                name = names[i].WithSuffix(n);
            }

            names[i] = name;
        }

        // Locals (parameters, method type parameters) must not shadow the type's type parameters (CS0693) or each other.
        var locals = new HashSet<string>(StringComparer.Ordinal);
        for (int i = member.ScopedNames; i < names.Count; i++)
        {
            Name name = names[i];
            for (int n = 2; typeParameterNames.Contains(name.Value) || locals.Contains(name.Value); n++)
            {
                name = names[i].WithSuffix(n);
            }

            locals.Add(name.Value);
            names[i] = name;
        }

        return member with { Names = names.ToImmutable() };
    }

    /// <summary>Across types: a type name is never a namespace, two declarations of one name are partial parts of one type.</summary>
    private static CanonicalTypeSpec[] UniqueDeclarations(CanonicalTypeSpec[] types)
    {
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (CanonicalTypeSpec type in types)
        {
            for (int i = 1; i <= type.Namespace.Length; i++)
            {
                namespaces.Add(string.Join(".", type.Namespace.Take(i).Select(n => n.Value)));
            }
        }

        // Paths of declared types (arity ignored: a namespace or container clashes with a generic type of its name too).
        var declared = new HashSet<string>(GlobalNames, StringComparer.Ordinal);
        var containers = new Dictionary<string, ContainerSpec>(StringComparer.Ordinal);
        var mustBePartial = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<CanonicalTypeSpec>();
        foreach (CanonicalTypeSpec type in types)
        {
            string path = type.NamespaceValue;
            var resolved = new List<ContainerSpec>();
            Name? parent = null;
            foreach (ContainerSpec container in type.Containers)
            {
                ContainerSpec current = container;
                for (int n = 2; ; n++)
                {
                    Guard(n, current.Name.Value);
                    string candidate = Join(path, current.Name.Value);
                    if (containers.TryGetValue(candidate, out ContainerSpec? existing) && parent?.Value != current.Name.Value)
                    {
                        mustBePartial.Add(candidate);
                        current = existing;
                        break;
                    }

                    if (!namespaces.Contains(candidate) && !declared.Contains(candidate) && parent?.Value != current.Name.Value)
                    {
                        containers[candidate] = current;
                        declared.Add(candidate);
                        break;
                    }

                    current = container with { Name = container.Name.WithSuffix(n) };
                }

                path = Join(path, current.Name.Value);
                if (type.IsSplit)
                {
                    mustBePartial.Add(path);
                }

                resolved.Add(current);
                parent = current.Name;
            }

            // A new name must still differ from the type's members and type parameters.
            var own = new HashSet<string>(
                type.Members.Concat(type.Primary is null ? [] : [type.Primary]).SelectMany(m => m.Names.Take(m.ScopedNames)).Select(n => n.Value).Concat(type.TypeParameters.Select(t => t.Name.Value)),
                StringComparer.Ordinal);
            Name name = type.Name;
            for (int n = 2; namespaces.Contains(Join(path, name.Value)) || declared.Contains(Join(path, name.Value)) || parent?.Value == name.Value || own.Contains(name.Value) || Reserved.Contains(name.Value); n++)
            {
                name = type.Name.WithSuffix(n);
            }

            declared.Add(Join(path, name.Value));
            result.Add(type with { Containers = resolved.ToImmutableArray(), Name = name });
        }

        // Every declaration of a shared (or split) container is partial and alike.
        return result.Select(type =>
        {
            string path = type.NamespaceValue;
            var containerList = new List<ContainerSpec>();
            foreach (ContainerSpec container in type.Containers)
            {
                path = Join(path, container.Name.Value);
                ContainerSpec shared = containers[path];
                containerList.Add(mustBePartial.Contains(path) ? shared with { IsPartial = true } : shared);
            }

            return type with { Containers = containerList.ToImmutableArray() };
        }).ToArray();
    }

    /// <summary>Renaming always ends; should a rule ever make it loop, the case generator fails loudly instead of hanging.</summary>
    private static void Guard(int attempt, string name)
    {
        if (attempt > 1000)
        {
            throw new CaseGeneratorException("The case assembler could not find a free name (last tried: " + name + ").");
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static CanonicalTypeSpec ResolveAnchors(CanonicalTypeSpec type) => type with
    {
        LegacyNames = type.LegacyNames.Select(legacy => legacy.Anchor switch
        {
            LegacyAnchor.CanonicalNamespace => legacy with { Namespace = type.Namespace },
            LegacyAnchor.CanonicalContainers when !type.Containers.IsEmpty => legacy with { Namespace = type.Namespace, Containing = type.Containers.Select(c => c.Name).ToImmutableArray() },
            LegacyAnchor.CanonicalType when type.Arity == 0 => legacy with { Namespace = type.Namespace, Containing = type.Containers.Select(c => c.Name).Append(type.Name).ToImmutableArray() },
            _ => legacy with { Anchor = LegacyAnchor.None },
        }).ToImmutableArray(),
    };

    /// <summary>Legacy names that name no declared type (SSOT1004, SSOT1006) and no other legacy name (SSOT1003, SSOT1005).</summary>
    /// <summary>The names nested legacy names in the global namespace use (while their alias defect is open).</summary>
    private static IEnumerable<string> NestedGlobalNames(CanonicalTypeSpec[] types) =>
        KnownDefects.AvoidAliasNamedLikeNestedGlobalShim
            ? types.SelectMany(t => t.LegacyNames).Where(l => l.Namespace.IsEmpty && !l.Containing.IsEmpty).SelectMany(l => l.Containing.Append(l.Simple)).Select(n => n.Value)
            : [];

    private static CanonicalTypeSpec[] UniqueLegacyNames(CanonicalTypeSpec[] types, IEnumerable<string> knownRoots)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (CanonicalTypeSpec type in types)
        {
            string prefix = type.Namespace.IsEmpty ? string.Empty : type.NamespaceValue + ".";
            foreach (ContainerSpec container in type.Containers)
            {
                prefix += container.Name.Value;
                taken.Add(prefix);
                prefix += "+";
            }

            taken.Add(type.MetadataName);
            foreach (MemberSpec nested in type.Members.Where(m => m.IsNestedType))
            {
                taken.Add(type.MetadataName + "+" + nested.Names[0].Value);
            }
        }

        var declaredNamespaces = new HashSet<string>(types.SelectMany(t => Prefixes(t.Namespace)), StringComparer.Ordinal);
        var declaredTypes = new HashSet<string>(types.SelectMany(TypePaths), StringComparer.Ordinal);
        var roots = new HashSet<string>(NestedGlobalNames(types).Concat(knownRoots), StringComparer.Ordinal);
        if (KnownDefects.AvoidAliasNamedLikeGenericGlobalShim)
        {
            roots.UnionWith(types.SelectMany(t => t.LegacyNames).Where(l => l.Namespace.IsEmpty && l.Containing.IsEmpty && l.Arity > 0).Select(l => l.Simple.Value));
        }

        var layout = new LegacyLayout();

        // The member names of each canonical type, by path: a type nested there must not take one.
        var memberNames = types.GroupBy(t => string.Join(".", t.Namespace.Concat(t.Containers.Select(c => c.Name)).Append(t.Name).Select(n => n.Value)), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new HashSet<string>(g.SelectMany(t => t.Members.Concat(t.Primary is null ? [] : [t.Primary]).SelectMany(m => m.Names.Take(m.ScopedNames))).Select(n => n.Value).Concat(Reserved), StringComparer.Ordinal),
                StringComparer.Ordinal);
        return types.Select(type => type with
        {
            LegacyNames = type.LegacyNames.Select(legacy =>
            {
                LegacyNameSpec candidate = legacy;
                for (int n = 2; ; n++)
                {
                    Guard(n, candidate.MetadataName);
                    if ((KnownDefects.AvoidLegacyNamesClashingWithDeclarations && ClashesWithDeclarations(candidate, declaredNamespaces, declaredTypes))
                        || (KnownDefects.AvoidLegacyNamesClashingWithEachOther && layout.Clashes(candidate, type.IsPublic, declaredTypes)))
                    {
                        candidate = RenameRoot(candidate, legacy, n);
                        continue;
                    }

                    if (KnownDefects.AvoidLegacyTypeNestedInItsOwnName && NestsInItsOwnName(candidate))
                    {
                        candidate = candidate with { Containing = candidate.Containing.Select((c, i) => i > 0 && c.Value == candidate.Containing[i - 1].Value ? c.WithSuffix(n) : c).ToImmutableArray() };
                        if (candidate.Containing[^1].Value == candidate.Simple.Value)
                        {
                            candidate = candidate with { Simple = legacy.Simple.WithSuffix(n) };
                        }

                        continue;
                    }

                    if (!IsFree(candidate, taken)
                        || (candidate.Containing.IsEmpty && roots.Contains(candidate.Simple.Value))
                        || (KnownDefects.AvoidNestedLegacyNameLikeOuterMember && memberNames.TryGetValue(OuterPaths(candidate).LastOrDefault() ?? string.Empty, out HashSet<string>? members) && members.Contains(candidate.Simple.Value))
                        || (KnownDefects.AvoidLegacyNameLikeTypeParameter && type.TypeParameters.Any(t => t.Name.Value == candidate.Simple.Value))
                        || (KnownDefects.AvoidLegacyNameLikeMemberLocal && type.Members.Any(m => m.Names.Skip(m.ScopedNames).Any(l => l.Value == candidate.Simple.Value))))
                    {
                        candidate = candidate with { Simple = legacy.Simple.WithSuffix(n) };
                        continue;
                    }

                    break;
                }

                taken.Add(candidate.MetadataName);
                layout.Add(candidate, type.IsPublic, declaredTypes);
                return candidate;
            }).ToImmutableArray(),
        }).ToArray();
    }

    /// <summary>A legacy type named like a declared namespace, or a legacy namespace running through a declared type.</summary>
    private static bool ClashesWithDeclarations(LegacyNameSpec legacy, HashSet<string> declaredNamespaces, HashSet<string> declaredTypes) =>
        Prefixes(legacy.Namespace).Any(declaredTypes.Contains)
        || OuterPaths(legacy).Append(Path(legacy)).Any(declaredNamespaces.Contains);

    /// <summary>A different outermost name for a legacy name: the first namespace segment, else the outermost type.</summary>
    private static LegacyNameSpec RenameRoot(LegacyNameSpec candidate, LegacyNameSpec original, int n) =>
        !original.Namespace.IsEmpty ? candidate with { Namespace = candidate.Namespace.SetItem(0, original.Namespace[0].WithSuffix(n)) }
        : !original.Containing.IsEmpty ? candidate with { Containing = candidate.Containing.SetItem(0, original.Containing[0].WithSuffix(n)) }
        : candidate with { Simple = original.Simple.WithSuffix(n) };

    private static IEnumerable<string> Prefixes(ImmutableArray<Name> ns) =>
        Enumerable.Range(1, ns.Length).Select(i => string.Join(".", ns.Take(i).Select(n => n.Value)));

    /// <summary>The paths of the types a nested legacy name is nested in.</summary>
    internal static IEnumerable<string> OuterPaths(LegacyNameSpec legacy) =>
        Enumerable.Range(1, legacy.Containing.Length).Select(i => string.Join(".", legacy.Namespace.Concat(legacy.Containing.Take(i)).Select(n => n.Value)));

    /// <summary>Every type path the case declares (namespace, containers, type), arity left out.</summary>
    private static IEnumerable<string> TypePaths(CanonicalTypeSpec type)
    {
        string path = type.NamespaceValue;
        foreach (ContainerSpec container in type.Containers)
        {
            path = Join(path, container.Name.Value);
            yield return path;
        }

        path = Join(path, type.Name.Value);
        yield return path;
        foreach (MemberSpec nested in type.Members.Where(m => m.IsNestedType))
        {
            yield return path + "." + nested.Names[0].Value;
        }
    }

    internal static string Path(LegacyNameSpec legacy) => string.Join(".", legacy.Namespace.Concat(legacy.Containing).Append(legacy.Simple).Select(n => n.Value));

    private static bool IsFree(LegacyNameSpec legacy, HashSet<string> taken) => !taken.Contains(legacy.MetadataName);

    private static bool NestsInItsOwnName(LegacyNameSpec legacy)
    {
        Name[] types = legacy.Containing.Append(legacy.Simple).ToArray();
        return types.Zip(types.Skip(1), (outer, inner) => outer.Value == inner.Value).Any(same => same);
    }
}
