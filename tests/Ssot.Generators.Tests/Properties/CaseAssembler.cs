using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// Makes independently generated types one valid program: unique names in each type, no two declarations of one
/// name, no type named like a namespace, shared containers declared alike. Legacy names are kept apart from the types
/// the case declares and from each other (SSOT1003-SSOT1006 belong to the catalogue tests); every other collision of
/// a legacy name (with a namespace, another shim, a member) is left in, and <see cref="CaseExpectations"/> predicts it.
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
        CanonicalTypeSpec[] types = rawTypes.Select(UniqueMemberNames).Select(NoSystemRoot).ToArray();
        types = UniqueDeclarations(types);
        types = types.Select(ResolveAnchors).ToArray();
        types = UniqueLegacyNames(types);
        types = types.Select(MemberNamedLikeLegacy).ToArray();
        return new CanonicalCase(types.ToImmutableArray(), withDependencyInjection);
    }

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

    /// <summary>
    /// Where the type asks for it, its first named member (a method, property, field, event or constant) takes the simple
    /// name of its first legacy name, if nothing else of the type has that name: a type's member cannot share the type's
    /// name, so no facade can hold it.
    /// </summary>
    private static CanonicalTypeSpec MemberNamedLikeLegacy(CanonicalTypeSpec type)
    {
        Name legacy = type.LegacyNames[0].Simple;
        int index = type.Members.Select((m, i) => m.ScopedNames >= 1 && m.Key is null && !m.IsNestedType ? i : -1).FirstOrDefault(i => i >= 0, -1);
        var taken = new HashSet<string>(
            type.Members.Concat(type.Primary is null ? [] : [type.Primary]).SelectMany(m => m.Names).Select(n => n.Value)
                .Concat(type.TypeParameters.Select(t => t.Name.Value)).Concat(Reserved).Append(type.Name.Value),
            StringComparer.Ordinal);
        if (!type.MemberNamedLikeLegacy || index < 0 || taken.Contains(legacy.Value))
        {
            return type;
        }

        MemberSpec member = type.Members[index];
        return type with { Members = type.Members.SetItem(index, member with { Names = member.Names.SetItem(0, legacy) }) };
    }

    /// <summary>Renaming always ends; should a rule ever make it loop, the case generator fails loudly instead of hanging.</summary>
    private static void Guard(int attempt, string name)
    {
        if (attempt > 1000)
        {
            throw new CaseGeneratorException("The case assembler could not find a free name (last tried: " + name + ").");
        }
    }

    private static string Path(LegacyNameSpec legacy) => string.Join(".", legacy.Namespace.Concat(legacy.Containing).Append(legacy.Simple).Select(n => n.Value));

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static CanonicalTypeSpec ResolveAnchors(CanonicalTypeSpec type) => type with
    {
        LegacyNames = type.LegacyNames.Select(legacy => legacy.Anchor switch
        {
            LegacyAnchor.CanonicalNamespace => legacy with { Namespace = type.Namespace },
            LegacyAnchor.CanonicalContainers when !type.Containers.IsEmpty => legacy with { Namespace = type.Namespace, Containing = type.Containers.Select(c => c.Name).ToImmutableArray() },
            LegacyAnchor.CanonicalType when type.Arity == 0 => legacy with { Namespace = type.Namespace, Containing = type.Containers.Select(c => c.Name).Append(type.Name).ToImmutableArray() },
            LegacyAnchor.InsideCanonicalType when type.Arity == 0 => legacy with
            {
                Namespace = type.Namespace,
                Containing = type.Containers.Select(c => c.Name).Append(type.Name).Append(legacy.Containing.IsEmpty ? legacy.Simple.WithSuffix(0) : legacy.Containing[0]).ToImmutableArray(),
            },
            _ => legacy with { Anchor = LegacyAnchor.None },
        }).ToImmutableArray(),
    };

    /// <summary>Legacy names that name no declared type (SSOT1004, SSOT1006) and no other legacy name (SSOT1003, SSOT1005).</summary>
    private static CanonicalTypeSpec[] UniqueLegacyNames(CanonicalTypeSpec[] types)
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

        return types.Select(type => type with
        {
            LegacyNames = type.LegacyNames.Select(legacy =>
            {
                LegacyNameSpec candidate = legacy;
                for (int n = 2; taken.Contains(candidate.MetadataName); n++)
                {
                    Guard(n, candidate.MetadataName);
                    candidate = candidate with { Simple = legacy.Simple.WithSuffix(n) };
                }

                taken.Add(candidate.MetadataName);
                return candidate;
            }).ToImmutableArray(),
        }).ToArray();
    }
}
