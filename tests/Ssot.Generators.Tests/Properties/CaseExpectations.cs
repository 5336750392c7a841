using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// What a case must produce, decided from the design (DESIGN.md and the diagnostics table), with the compiler's view
/// of the case's own declarations as the only input besides the case: never from the product's code.
/// </summary>
/// <remarks>
/// Per type: a type no shim can name (file-local, private, protected, ref struct) is SSOT1009; a legacy name C# cannot
/// declare (a type nested in a type of its own name, a shim named like its own type parameter, a name that takes the
/// place of a keyword type: nint, nuint, dynamic, unmanaged, notnull) is SSOT1002; a shim shape
/// that cannot exist (including the automatic subclass of an abstract type nothing can derive from) is SSOT1008; a
/// lifetime set on a type no container can build is SSOT3004; a legacy name nested in a declared type that is not
/// partial is SSOT1010, and one named like a member of that type SSOT1002. Each of these skips that type's output.
/// Per legacy name: one that would make a name both a namespace and a type (with a namespace or type the project
/// declares, or with another shim's namespace, outer class or own name) is SSOT1013 and loses only its own shim and alias.
/// Aliases are skipped for generic types (SSOT2002), names two non-generic canonical types want (SSOT2004), names the
/// global namespace holds or a shim takes there (SSOT2003), and names that a file declaring code in the legacy namespace
/// writes anywhere (SSOT2007: there the name finds the shim first).
/// </remarks>
internal sealed class CaseExpectations
{
    private readonly CanonicalCase _case;
    private readonly Compilation _declarations;

    private CaseExpectations(CanonicalCase @case, Compilation declarations)
    {
        _case = @case;
        _declarations = declarations;
        Outcomes = @case.Types.Select(Outcome).ToList();
        Collisions = FindCollisions();
        Shims = Outcomes.Where(o => o.EmitsShims)
            .SelectMany(o => o.Type.LegacyNames.Where(l => !Collisions.Contains(l.MetadataName)).Select(l => (o.Type, l)))
            .ToList();
    }

    public IReadOnlyList<TypeOutcome> Outcomes { get; }

    /// <summary>The metadata names of legacy names that get SSOT1013 instead of a shim.</summary>
    public HashSet<string> Collisions { get; }

    /// <summary>Every legacy name that gets a shim, with its canonical type, in attribute order.</summary>
    public IReadOnlyList<(CanonicalTypeSpec Type, LegacyNameSpec Legacy)> Shims { get; }

    /// <param name="declarations">The case compiled without its legacy references: what the project declares.</param>
    public static CaseExpectations For(CanonicalCase @case, Compilation declarations) => new(@case, declarations);

    /// <summary>The registration methods the registration file must hold (one type per name; two wanting one get none).</summary>
    public IEnumerable<string> Registrations =>
        _case.WithDependencyInjection
            ? Outcomes.Where(o => o.RegistrationMethod is not null).GroupBy(o => o.RegistrationMethod!, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key)
            : [];

    /// <summary>The IDs the usage analyzer must report, sorted.</summary>
    public List<string> UsageDiagnostics()
    {
        var ids = Outcomes.SelectMany(o => o.Diagnostics).ToList();
        ids.AddRange(Outcomes.SelectMany(o => Enumerable.Repeat("SSOT1014", ForwardingGaps(o))));
        ids.AddRange(Collisions.Select(_ => "SSOT1013"));
        ids.AddRange(Aliases().Where(a => a.Skip is not null).Select(a => a.Skip!));
        ids.AddRange(Outcomes
            .Where(o => o.RegistrationMethod is not null)
            .GroupBy(o => o.RegistrationMethod!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(_ => "SSOT3005")));
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>The global aliases the alias file must hold: <c>name = target</c>, sorted.</summary>
    public List<string> AliasLines() =>
        Aliases()
            .Where(a => a.Skip is null)
            .Select(a => a.Name + " = " + a.Target)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToList();

    /// <summary>Each alias a top-level legacy name asks for, and the ID it is skipped with (<see langword="null"/> when emitted).</summary>
    private List<(string Name, string Target, string? Skip)> Aliases()
    {
        // A legacy name whose claim is refused (SSOT1013) gets no alias either, and does not compete for one.
        var candidates = Outcomes
            .Where(o => o.IsValid && (o.Type.Attribute.Alias ?? true))
            .SelectMany(o => o.Type.LegacyNames.Where(l => l.Containing.IsEmpty && !Collisions.Contains(l.MetadataName)).Select(l => (Outcome: o, Legacy: l)))
            .ToList();

        // A name a shim takes at the global level: its namespace's first segment, its outer class, or its own name
        // (a generic shim takes none: an alias and a generic type of one name live side by side).
        var takenByShims = new HashSet<string>(Shims.Select(s => RootOf(s.Legacy)).OfType<string>(), StringComparer.Ordinal);
        var result = new List<(string, string, string?)>();
        foreach (var (outcome, legacy) in candidates)
        {
            string name = legacy.Simple.Value;

            // A generic canonical type never gets an alias, so it does not compete for one.
            int claimants = candidates.Where(c => c.Legacy.Simple.Value == name && c.Outcome.Type.Arity == 0).Select(c => c.Outcome.Type).Distinct().Count();
            string? skip = outcome.Type.Arity > 0 ? "SSOT2002"
                : MeansSomethingInCSharp(name) ? "SSOT2006"
                : claimants > 1 ? "SSOT2004"
                : takenByShims.Contains(name) || _declarations.GlobalNamespace.GetMembers(name).Any(m => m is INamespaceSymbol || m is INamedTypeSymbol { Arity: 0 } type && _declarations.IsSymbolAccessibleWithin(type, _declarations.Assembly)) ? "SSOT2003"
                : MentionedInsideNamespace(string.Join(".", legacy.Namespace.Select(n => n.Value)), name) ? "SSOT2007"
                : null;
            result.Add((legacy.Simple.Display, outcome.Type.FullyQualified, skip));
        }

        return result;
    }

    /// <summary>
    /// Whether an alias of the name would change what C# means by it: a contextual keyword (<c>var</c>, <c>nameof</c>,
    /// <c>record</c>, …) or a name the language gives a meaning of its own (<c>dynamic</c>, <c>_</c>, <c>nint</c>,
    /// <c>nuint</c>, <c>notnull</c>).
    /// </summary>
    private static bool MeansSomethingInCSharp(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetContextualKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
        || name is "dynamic" or "_" or "nint" or "nuint" or "notnull";

    /// <summary>
    /// How many members of the type its shim cannot carry as old code expects (SSOT1014, one at each member), by the
    /// README's list: for a facade or a static forwarder, a member named like one of the type's legacy names, an
    /// instance field, a static field that is not read-only, an operator it cannot declare (<c>++</c>, <c>--</c>,
    /// <c>true</c>, <c>false</c>, conversions, one that takes the type only through <c>Nullable&lt;T&gt;</c>); for a
    /// subclass, which inherits the rest, its instance fields, its static fields that are not read-only or are named like
    /// the legacy type, and its operators. Members are the ones declared in the type and its bases (an overridden one
    /// counts once) that the shim would carry: public, internal or protected internal (and protected instance fields of
    /// a subclass); implicitly declared ones and nested types are never carried.
    /// </summary>
    private int ForwardingGaps(TypeOutcome outcome)
    {
        if (!outcome.EmitsShims || outcome.Shape == "DerivedInterface" || _declarations.GetTypeByMetadataName(outcome.Type.MetadataName) is not { } type)
        {
            return 0;
        }

        var legacyNames = new HashSet<string>(outcome.Type.LegacyNames.Select(l => l.Simple.Value), StringComparer.Ordinal);
        bool subclass = outcome.Shape == "Subclass";
        var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        int gaps = 0;
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                if (overridden.Contains(member) || member.IsImplicitlyDeclared || member is ITypeSymbol or IMethodSymbol { MethodKind: not (MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion) })
                {
                    continue;
                }

                ISymbol? overriddenMember = member switch
                {
                    IMethodSymbol method => method.OverriddenMethod,
                    IPropertySymbol property => property.OverriddenProperty,
                    IEventSymbol @event => @event.OverriddenEvent,
                    _ => null,
                };
                if (overriddenMember is not null)
                {
                    overridden.Add(overriddenMember);
                }

                bool carried = member.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;
                bool mutableField = member is IFieldSymbol { IsConst: false, IsReadOnly: false };
                bool field = member is IFieldSymbol { IsConst: false };
                bool @operator = member is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion };
                if (subclass)
                {
                    gaps += !member.IsStatic
                        ? (field && (carried || member.DeclaredAccessibility == Accessibility.Protected) ? 1 : 0)
                        : carried && (mutableField || @operator || (field && legacyNames.Contains(member.Name))) ? 1 : 0;
                }
                else if (carried)
                {
                    gaps += legacyNames.Contains(member.Name) || (field && !member.IsStatic) || (mutableField && member.IsStatic) || (@operator && !Declarable((IMethodSymbol)member, type)) ? 1 : 0;
                }
            }
        }

        return gaps;
    }

    /// <summary>Whether a facade can declare the operator: one of C#'s overloadable operators that takes the canonical type itself.</summary>
    private static bool Declarable(IMethodSymbol @operator, INamedTypeSymbol type) =>
        @operator.MethodKind == MethodKind.UserDefinedOperator
        && @operator.Name is not ("op_Increment" or "op_Decrement" or "op_True" or "op_False")
        && !@operator.Name.StartsWith("op_Checked", StringComparison.Ordinal)
        && @operator.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, type));

    /// <summary>
    /// Whether a file that declares a type in the namespace (or one nested in it) writes the name as an identifier
    /// anywhere: there the name finds the shim before any alias, so an alias would make it mean two types.
    /// </summary>
    private bool MentionedInsideNamespace(string ns, string name) =>
        ns.Length > 0
        && _declarations.SyntaxTrees.Any(tree =>
            tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>()
                .Any(t => t.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax declaration && IsWithin(FullName(declaration), ns))
            && tree.GetRoot().DescendantTokens().Any(token => token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) && token.ValueText == name));

    private static bool IsWithin(string declared, string ns) => declared == ns || declared.StartsWith(ns + ".", StringComparison.Ordinal);

    private static string FullName(Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax declaration) =>
        string.Join(".", declaration.AncestorsAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>().Reverse()
            .Select(d => string.Join(".", d.Name.DescendantNodesAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax>().Select(i => i.Identifier.ValueText))));

    private static string? RootOf(LegacyNameSpec legacy) =>
        !legacy.Namespace.IsEmpty ? legacy.Namespace[0].Value
        : !legacy.Containing.IsEmpty ? legacy.Containing[0].Value
        : legacy.Arity == 0 ? legacy.Simple.Value
        : null;

    private TypeOutcome Outcome(CanonicalTypeSpec type)
    {
        var diagnostics = new List<string>();
        if (type.Access is "file" or "private" or "protected" || type.IsRefStruct)
        {
            return new TypeOutcome(type, null, ["SSOT1009"], null);
        }

        bool valid = true;
        foreach (LegacyNameSpec legacy in type.LegacyNames)
        {
            Name[] types = legacy.Containing.Append(legacy.Simple).ToArray();
            if (types.Zip(types.Skip(1), (outer, inner) => outer.Value == inner.Value).Any(same => same)
                || type.TypeParameters.Any(t => t.Name.Value == legacy.Simple.Value)

                // A type so named would take the keyword's place in its scope (README: SSOT1002).
                || legacy.Namespace.Concat(legacy.Containing).Append(legacy.Simple).Any(n => n.Value is "nint" or "nuint" or "dynamic" or "unmanaged" or "notnull"))
            {
                diagnostics.Add("SSOT1002");
                valid = false;
            }
        }

        string? shape = Shape(type);
        if (shape is null)
        {
            diagnostics.Add("SSOT1008");
        }

        string? registration = null;
        bool notConstructible = false;
        if ((type.Attribute.Lifetime ?? "Singleton") != "None")
        {
            bool registrable = type.ProductKind is CaseKind.Class or CaseKind.SealedClass && type.TypeParameters.IsEmpty;
            if (registrable && type.HasPublicConstructor)
            {
                registration = "Add" + type.Name.Value;
            }
            else if (registrable)
            {
                // The plan skips a type the container cannot construct; it is reported where the lifetime is set.
                notConstructible = type.Attribute.Lifetime is not null;
            }
            else if (type.Attribute.Lifetime is not null)
            {
                diagnostics.Add("SSOT3004");
            }
        }

        if (!valid)
        {
            shape = null;
        }

        if (shape is not null && NestingProblem(type, generatesShims: shape != "None") is { } problem)
        {
            diagnostics.Add(problem);
            shape = null;
        }

        // A facade is no instance of the base class, and says so.
        if (shape == "Facade" && type.HasBaseClass)
        {
            diagnostics.Add("SSOT1016");
        }

        if (shape is not null && registration is not null && !_case.WithDependencyInjection)
        {
            diagnostics.Add("SSOT3001");
        }

        if (shape is not null && notConstructible)
        {
            diagnostics.Add("SSOT3004");
        }

        return new TypeOutcome(type, shape, diagnostics, shape is null ? null : registration);
    }

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
                CaseKind.AbstractClass => type.HasAccessibleConstructor ? "Subclass" : null,

                // An unsealed concrete class built to be derived from (nothing in a case derives from a canonical type), or
                // one whose base class is not object (a facade would be no instance of it).
                CaseKind.Class when type.HasAccessibleConstructor && (!type.HasPublicConstructor || type.DeclaresVirtualMembers || type.HasBaseClass) => "Subclass",
                _ => "Facade",
            },
            "Facade" => kind is CaseKind.Interface or CaseKind.StaticClass or CaseKind.AbstractClass ? null : "Facade",
            _ => kind is CaseKind.Interface or CaseKind.StaticClass or CaseKind.SealedClass or CaseKind.Struct || !type.HasAccessibleConstructor ? null : "Subclass",
        };
    }

    /// <summary>
    /// The first nested legacy name whose outer types the project declares, in attribute order: SSOT1010 where one is
    /// not partial, SSOT1002 where one already has a member of the name the shim (or a generated outer class) takes in it
    /// (an indexer is named Item).
    /// </summary>
    /// <param name="generatesShims">
    /// Whether outer classes are generated at all: a clash of one with a member matters only then (the shim's own name
    /// is checked either way, as the product checks legacy names whatever the shape).
    /// </param>
    private string? NestingProblem(CanonicalTypeSpec type, bool generatesShims)
    {
        foreach (LegacyNameSpec legacy in type.LegacyNames)
        {
            for (int depth = 0; depth < legacy.Containing.Length; depth++)
            {
                if (_declarations.Assembly.GetTypeByMetadataName(legacy.OuterMetadataName(depth)!) is not { } existing)
                {
                    continue;
                }

                if (!existing.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration
                    && declaration.Modifiers.Any(m => m.ValueText == "partial")))
                {
                    return "SSOT1010";
                }

                bool innermost = depth == legacy.Containing.Length - 1;
                if (innermost
                    ? IsTakenIn(existing, legacy.Simple.Value, legacy.Arity)
                    : generatesShims && _declarations.Assembly.GetTypeByMetadataName(legacy.OuterMetadataName(depth + 1)!) is null
                        && IsTakenIn(existing, legacy.Containing[depth + 1].Value, 0))
                {
                    return "SSOT1002";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a nested type of this name and arity, added to a declared type, clashes with one of its members (CS0102)
    /// or hides an accessible inherited one (CS0108: non-generic, or a nested type of its arity).
    /// </summary>
    private bool IsTakenIn(INamedTypeSymbol declared, string name, int arity)
    {
        if (declared.GetMembers().Any(m => IsNamedLike(m, name, arity)))
        {
            return true;
        }

        var inherited = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = declared.BaseType; current is not null; current = current.BaseType)
        {
            inherited.Add(current);
        }

        if (declared.TypeKind == TypeKind.Interface)
        {
            inherited.AddRange(declared.AllInterfaces);
        }

        return inherited.SelectMany(t => t.GetMembers()).Any(m => (m is INamedTypeSymbol || arity == 0)
            && m is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor }
            && _declarations.IsSymbolAccessibleWithin(m, declared)
            && IsNamedLike(m, name, arity));
    }

    // A nested type clashes with a type of its name and arity, and with any other member of its name, generic or not (CS0102).
    private static bool IsNamedLike(ISymbol member, string name, int arity) => member switch
    {
        INamedTypeSymbol nested => nested.Name == name && nested.Arity == arity,
        _ => member.Name == name || member.MetadataName == name,
    };

    /// <summary>
    /// The legacy names that would make one name both a namespace and a type: with a namespace or type the project
    /// declares, or with another shim's namespace, outer class or (non-generic) own name.
    /// </summary>
    private HashSet<string> FindCollisions()
    {
        var emitted = Outcomes.Where(o => o.EmitsShims).SelectMany(o => o.Type.LegacyNames).ToList();
        var collisions = new HashSet<string>(StringComparer.Ordinal);
        foreach (LegacyNameSpec legacy in emitted)
        {
            string[] namespaces = NamespacePaths(legacy).ToArray();
            foreach (LegacyNameSpec other in emitted)
            {
                // Another shim's outer class, or its non-generic self, where this one's namespace is.
                if (namespaces.Any(n => HolderPaths(other).Contains(n) || (other.Arity == 0 && Path(other) == n)))
                {
                    collisions.Add(legacy.MetadataName);
                    collisions.Add(other.MetadataName);
                }

                // A non-generic shim where another shim's outer class is.
                if (!ReferenceEquals(legacy, other) && legacy.Arity == 0 && HolderPaths(other).Contains(Path(legacy)))
                {
                    collisions.Add(legacy.MetadataName);
                    collisions.Add(other.MetadataName);
                }
            }

            // A declared namespace where a non-generic type of the shims would be, or a declared non-generic type where
            // the shim's namespace would be (an outer class the project declares is used, not generated).
            IEnumerable<string> types = HolderPaths(legacy).Where(h => Resolve(h) is not INamedTypeSymbol).Concat(legacy.Arity == 0 ? [Path(legacy)] : []);
            if (types.Any(t => Resolve(t) is INamespaceSymbol) || namespaces.Any(n => Resolve(n) is INamedTypeSymbol))
            {
                collisions.Add(legacy.MetadataName);
            }
        }

        return collisions;
    }

    private static IEnumerable<string> NamespacePaths(LegacyNameSpec legacy) =>
        Enumerable.Range(1, legacy.Namespace.Length).Select(i => string.Join(".", legacy.Namespace.Take(i).Select(n => n.Value)));

    private static IEnumerable<string> HolderPaths(LegacyNameSpec legacy) =>
        Enumerable.Range(1, legacy.Containing.Length).Select(i => string.Join(".", legacy.Namespace.Concat(legacy.Containing.Take(i)).Select(n => n.Value)));

    private static string Path(LegacyNameSpec legacy) => string.Join(".", legacy.Namespace.Concat(legacy.Containing).Append(legacy.Simple).Select(n => n.Value));

    /// <summary>What a dotted path names in the project and its references: a namespace, a non-generic type, or nothing.</summary>
    private ISymbol? Resolve(string path)
    {
        INamespaceOrTypeSymbol? current = _declarations.GlobalNamespace;
        foreach (string segment in path.Split('.'))
        {
            current = current switch
            {
                INamespaceSymbol ns => (INamespaceOrTypeSymbol?)ns.GetNamespaceMembers().FirstOrDefault(n => n.Name == segment)
                    ?? ns.GetTypeMembers(segment, 0).FirstOrDefault(),
                INamedTypeSymbol type => type.GetTypeMembers(segment, 0).FirstOrDefault(),
                _ => null,
            };
        }

        return current;
    }
}
