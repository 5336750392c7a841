using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;

using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports legacy <c>using</c> lines (SSOT0002): an alias of a legacy type, and a namespace import that only serves
/// legacy types. Namespaces and aliases cannot carry <c>[Obsolete]</c>, so no compiler warning says this.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyUsingAnalyzer : MigrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = LegacyDiagnostics.SupportedBy(DiagnosticDescriptors.LegacyUsingDirective);

    private protected override void Start(CompilationStartAnalysisContext context, LegacyTypeMap map)
    {
        context.RegisterSyntaxNodeAction(c => AnalyzeUsingAlias(c, map), SyntaxKind.UsingDirective);

        // Per file, but only files whose using lines name a legacy namespace are bound.
        context.RegisterSyntaxNodeAction(c => AnalyzeNamespaceUsings(c, map), SyntaxKind.CompilationUnit);
    }

    private static void AnalyzeUsingAlias(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        var directive = (UsingDirectiveSyntax)context.Node;
        if (directive.Alias is null || directive.Name is null || !map.MayName(NameText.Last(directive.Name))
            || map.Find(context.SemanticModel.GetSymbolInfo(directive.Name, context.CancellationToken).Symbol as ITypeSymbol) is not { } legacy)
        {
            return;
        }

        string canonical = legacy.Canonical?.ToDisplayString() ?? "its canonical type";
        context.ReportDiagnostic(LegacyDiagnostics.Create(
            DiagnosticDescriptors.LegacyUsingDirective,
            directive.GetLocation(),
            legacy,
            "'" + directive.ToString().Trim() + "' names legacy type '" + legacy.Shim.ToDisplayString() + "': point the alias at '" + canonical + "'"));
    }

    private static void AnalyzeNamespaceUsings(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        SyntaxNode root = context.Node;
        List<UsingDirectiveSyntax> candidates = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>()
            .Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name is not null
                && map.Namespaces.Contains(NameText.Unqualified(u.Name)))
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var namespaces = new HashSet<string>(candidates.Select(u => NameText.Unqualified(u.Name!)));
        var legacyUses = new Dictionary<string, List<LegacyType>>();
        var otherUses = new HashSet<string>();
        foreach (SimpleNameSyntax name in root.DescendantNodes().OfType<SimpleNameSyntax>())
        {
            // Only names bound through an import: not the right part of a qualified name or member access.
            if (name.Parent is QualifiedNameSyntax { Right: var right } && right == name
                || name.Parent is MemberAccessExpressionSyntax { Name: var member } && member == name && !IsExtensionCall(name, context.SemanticModel, context.CancellationToken)
                || name.FirstAncestorOrSelf<UsingDirectiveSyntax>() is not null)
            {
                continue;
            }

            ISymbol? symbol = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol;
            ISymbol? imported = symbol switch
            {
                IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType,
                IMethodSymbol { IsExtensionMethod: true } extension => extension.ContainingType,
                ITypeSymbol type => type.OriginalDefinition,
                _ => null,
            };
            if (imported?.ContainingNamespace is not { } ns || imported.ContainingType is not null && imported is INamedTypeSymbol { ContainingType: not null })
            {
                continue;
            }

            string nsName = ns.ToDisplayString();
            if (!namespaces.Contains(nsName) || IsEnclosingNamespace(name, nsName))
            {
                continue;
            }

            // A legacy type whose canonical type lives in the same namespace (a type renamed in place) still needs the
            // import once it is migrated: the import serves the canonical type, so it is not a legacy using.
            if (map.Find(imported as ITypeSymbol) is { } legacy && legacy.Canonical?.ContainingNamespace.ToDisplayString() != nsName)
            {
                if (!legacyUses.TryGetValue(nsName, out List<LegacyType>? list))
                {
                    legacyUses[nsName] = list = [];
                }

                list.Add(legacy);
            }
            else
            {
                otherUses.Add(nsName);
            }
        }

        foreach (UsingDirectiveSyntax directive in candidates)
        {
            string nsName = NameText.Unqualified(directive.Name!);
            if (otherUses.Contains(nsName))
            {
                continue;
            }

            bool servesLegacy = legacyUses.TryGetValue(nsName, out List<LegacyType>? used);
            if (!servesLegacy && !HoldsOnlyLegacyTypes(nsName, context.SemanticModel.Compilation, map))
            {
                continue;
            }

            string names = servesLegacy
                ? string.Join(", ", used!.Select(l => "'" + l.Shim.Name + "'").Distinct())
                : "nothing but legacy types";
            LegacyType first = used?.FirstOrDefault() ?? map.All.First(l => l.Shim.ContainingNamespace.ToDisplayString() == nsName);
            context.ReportDiagnostic(LegacyDiagnostics.Create(
                DiagnosticDescriptors.LegacyUsingDirective,
                directive.GetLocation(),
                first,
                "'" + directive.ToString().Trim() + "' only serves legacy types (" + names + "): remove it once they are migrated"));
        }
    }

    /// <summary>Whether the name sits inside a declaration of that namespace (or a namespace within it): then no using serves it.</summary>
    private static bool IsEnclosingNamespace(SyntaxNode node, string ns)
    {
        foreach (BaseNamespaceDeclarationSyntax declaration in node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>())
        {
            string declared = declaration.Name.ToString();
            string full = string.Join(".", declaration.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(d => d.Name.ToString()).Concat([declared]));
            if (full == ns || full.StartsWith(ns + ".", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsExtensionCall(SimpleNameSyntax name, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(name, cancellationToken).Symbol is IMethodSymbol { ReducedFrom: not null };

    private static bool HoldsOnlyLegacyTypes(string nsName, Compilation compilation, LegacyTypeMap map)
    {
        INamespaceSymbol? ns = compilation.GlobalNamespace;
        foreach (string segment in nsName.Split('.'))
        {
            ns = ns?.GetNamespaceMembers().FirstOrDefault(n => n.Name == segment);
        }

        return ns is not null && ns.GetTypeMembers().All(t => map.Find(t) is not null) && !ns.GetNamespaceMembers().Any();
    }

    // The methods a query expression calls without naming them.
}
