using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Emitting;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// While a hand-written legacy type still lives beside its canonical type (SSOT1006), the members of it that the canonical
/// type cannot serve: no member of that name with a compatible signature, and no <c>[LegacyName]</c> mapping. Deleting
/// the old type loses each of them, with every reference to it.
/// </summary>
internal static class ApiGap
{
    private static readonly SymbolDisplayFormat Comparable = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>One SSOT1017 per member the canonical type cannot serve, at the member, with its reference count.</summary>
    public static List<Diagnostic> Of(INamedTypeSymbol legacy, INamedTypeSymbol canonical, Compilation compilation, CancellationToken cancellationToken)
    {
        Dictionary<string, List<ISymbol>> mapped = LegacyMemberReader.ReadMappings(canonical, [], hasShim: false, diagnostics: null)
            .GroupBy(m => m.LegacyName.TrimStart('@'))
            .ToDictionary(g => g.Key, g => g.Select(m => m.Member).ToList());
        string legacyName = legacy.ToDisplayString(Comparable);
        string canonicalName = canonical.ToDisplayString(Comparable);

        var missing = new List<ISymbol>();
        foreach (ISymbol member in legacy.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsApi(member) && !Served(member, canonical, mapped, legacyName, canonicalName))
            {
                missing.Add(member);
            }
        }

        if (missing.Count == 0)
        {
            return [];
        }

        Dictionary<ISymbol, int> references = CountReferences(missing, compilation, cancellationToken);
        var diagnostics = new List<Diagnostic>();
        foreach (ISymbol member in missing)
        {
            IEnumerable<Location> locations = member.IsImplicitlyDeclared ? legacy.Locations : member.Locations;
            foreach (Location location in locations.Where(l => l.IsInSource))
            {
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticDescriptors.LegacyApiGap,
                    location,
                    member.ToReadable(),
                    canonical.ToReadable(),
                    references[member].ToString(CultureInfo.InvariantCulture)));
            }
        }

        return diagnostics;
    }

    /// <summary>Whether a member is part of what other code calls: public, protected or internal, and written by hand (or a default constructor).</summary>
    private static bool IsApi(ISymbol member) =>
        member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.Internal or Accessibility.ProtectedOrInternal
        && member switch
        {
            IMethodSymbol method => method.MethodKind is MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion
                || method.MethodKind == MethodKind.Constructor && (!method.IsImplicitlyDeclared || method.Parameters.Length == 0),
            IPropertySymbol or IEventSymbol or INamedTypeSymbol => !member.IsImplicitlyDeclared,
            IFieldSymbol field => !field.IsImplicitlyDeclared && field.CanBeReferencedByName,
            _ => false,
        };

    private static bool Served(ISymbol member, INamedTypeSymbol canonical, Dictionary<string, List<ISymbol>> mapped, string legacyName, string canonicalName)
    {
        string name = member.Name;
        IEnumerable<ISymbol> candidates = member is IMethodSymbol { MethodKind: MethodKind.Constructor }
            ? canonical.InstanceConstructors.Where(c => c.DeclaredAccessibility != Accessibility.Private)
            : Hierarchy(canonical).SelectMany(t => t.GetMembers(name)).Where(c => c.DeclaredAccessibility != Accessibility.Private);
        if (mapped.TryGetValue(name, out List<ISymbol>? renamed))
        {
            candidates = candidates.Concat(renamed);
        }

        return candidates.Any(candidate => Compatible(member, candidate, legacyName, canonicalName));
    }

    private static IEnumerable<INamedTypeSymbol> Hierarchy(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            yield return @interface;
        }
    }

    /// <summary>Whether the canonical member serves every caller of the legacy one: same kind, same static-ness, same signature (the legacy type read as the canonical one).</summary>
    private static bool Compatible(ISymbol legacy, ISymbol canonical, string legacyName, string canonicalName)
    {
        if (legacy.IsStatic != canonical.IsStatic)
        {
            return false;
        }

        return (legacy, canonical) switch
        {
            (IMethodSymbol l, IMethodSymbol c) => l.TypeParameters.Length == c.TypeParameters.Length
                && SameParameters(l.Parameters, c.Parameters, legacyName, canonicalName)
                && Same(l.ReturnType, c.ReturnType, legacyName, canonicalName),
            (IPropertySymbol l, IPropertySymbol c) => Same(l.Type, c.Type, legacyName, canonicalName)
                && SameParameters(l.Parameters, c.Parameters, legacyName, canonicalName)
                && (l.GetMethod is null || c.GetMethod is { DeclaredAccessibility: not Accessibility.Private })
                && (l.SetMethod is null || c.SetMethod is { DeclaredAccessibility: not Accessibility.Private }),
            (IPropertySymbol l, IFieldSymbol c) => Same(l.Type, c.Type, legacyName, canonicalName) && (l.SetMethod is null || !c.IsReadOnly && !c.IsConst),
            (IFieldSymbol l, IFieldSymbol c) => Same(l.Type, c.Type, legacyName, canonicalName) && (l.IsReadOnly || l.IsConst || !c.IsReadOnly && !c.IsConst),
            (IFieldSymbol l, IPropertySymbol c) => Same(l.Type, c.Type, legacyName, canonicalName) && c.GetMethod is not null && (l.IsReadOnly || l.IsConst || c.SetMethod is not null),
            (IEventSymbol l, IEventSymbol c) => Same(l.Type, c.Type, legacyName, canonicalName),
            (INamedTypeSymbol l, INamedTypeSymbol c) => l.Arity == c.Arity,
            _ => false,
        };
    }

    private static bool SameParameters(ImmutableArray<IParameterSymbol> legacy, ImmutableArray<IParameterSymbol> canonical, string legacyName, string canonicalName) =>
        legacy.Length == canonical.Length
        && legacy.Zip(canonical, (l, c) => l.RefKind == c.RefKind && Same(l.Type, c.Type, legacyName, canonicalName)).All(same => same);

    private static bool Same(ITypeSymbol legacy, ITypeSymbol canonical, string legacyName, string canonicalName) =>
        legacy.ToDisplayString(Comparable).Replace(legacyName, canonicalName) == canonical.ToDisplayString(Comparable);

    /// <summary>How often each member is named or constructed in the compilation's own source (not in generated files).</summary>
    private static Dictionary<ISymbol, int> CountReferences(List<ISymbol> members, Compilation compilation, CancellationToken cancellationToken)
    {
        var counts = members.ToDictionary(m => m, _ => 0, SymbolEqualityComparer.Default);
        var names = new HashSet<string>(members.Select(m => m.Name));
        bool constructors = members.Any(m => m is IMethodSymbol { MethodKind: MethodKind.Constructor });
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (GeneratedFile.IsOutputOf(tree))
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                bool candidate = node switch
                {
                    SimpleNameSyntax name => names.Contains(name.Identifier.ValueText),
                    BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax => constructors,
                    _ => false,
                };
                if (!candidate)
                {
                    continue;
                }

                model ??= compilation.GetSemanticModel(tree);
                ISymbol? symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
                symbol = symbol is IMethodSymbol method ? method.ReducedFrom ?? method.OriginalDefinition : symbol?.OriginalDefinition;
                if (symbol is not null && counts.TryGetValue(symbol, out int count))
                {
                    counts[symbol] = count + 1;
                }
            }
        }

        return counts;
    }
}
