using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Parsing;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports what a migration still has to do: every reference to a legacy shim (once, as SSOT0001, so that code fixes
/// and <c>dotnet format</c> can act on it), legacy <c>using</c> lines, manual registrations that make a second
/// instance, and a legacy-reference budget for CI. Registers nothing in a compilation that sees no legacy shim.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyReferenceAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Marks the analyzer's own diagnostics, so the suppressor never removes them.</summary>
    public const string SourceProperty = "Ssot.Source";

    /// <summary>The metadata name of the canonical type a fix rewrites to.</summary>
    public const string CanonicalProperty = "Ssot.Canonical";

    /// <summary>The generated registration method a manual registration is replaced by.</summary>
    public const string RegistrationMethodProperty = "Ssot.RegistrationMethod";

    /// <summary>The MSBuild property that sets the legacy-reference budget.</summary>
    public const string BudgetProperty = "build_property.SsotLegacyBudget";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.LegacyReference,
        DiagnosticDescriptors.LegacyUsingDirective,
        DiagnosticDescriptors.ManualRegistration,
        DiagnosticDescriptors.LegacyBudgetExceeded);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        LegacyTypeMap? map = LegacyTypeMap.For(context.Compilation);
        if (map is null)
        {
            return;
        }

        var counter = new ReferenceCounter();
        context.RegisterSyntaxNodeAction(c => AnalyzeName(c, map, counter), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
        context.RegisterSyntaxNodeAction(c => AnalyzeUsingAlias(c, map), SyntaxKind.UsingDirective);

        // Per file, but only files whose using lines name a legacy namespace are bound.
        context.RegisterSyntaxNodeAction(c => AnalyzeNamespaceUsings(c, map), SyntaxKind.CompilationUnit);

        // Registrations are found by text first: only calls named like a method of the DI namespaces, and naming a
        // canonical or legacy type, are bound. Without those namespaces no call can be a registration.
        if (RegistrationMethodNames.Read(context.Compilation) is { } registrationNames)
        {
            context.RegisterSyntaxNodeAction(c => AnalyzeInvocation(c, map, registrationNames), SyntaxKind.InvocationExpression);
            context.RegisterSyntaxNodeAction(c => AnalyzeCreation(c, map), SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
            if (registrationNames.Contains("Add"))
            {
                context.RegisterSyntaxNodeAction(c => AnalyzeCollectionInitializer(c, map, registrationNames), SyntaxKind.CollectionInitializerExpression);
            }

            if (QueryMethodNames.Any(registrationNames.Contains))
            {
                context.RegisterSyntaxNodeAction(c => AnalyzeQuery(c, map), SyntaxKind.QueryExpression);
            }
        }

        if (context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(BudgetProperty, out string? text)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int budget) && budget >= 0)
        {
            context.RegisterCompilationEndAction(c =>
            {
                int count = counter.Count;
                if (count > budget)
                {
                    c.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LegacyBudgetExceeded, Location.None, count, budget, count - budget));
                }
            });
        }
    }

    private static void AnalyzeName(SyntaxNodeAnalysisContext context, LegacyTypeMap map, ReferenceCounter counter)
    {
        var name = (SimpleNameSyntax)context.Node;
        if (LegacyReferenceFinder.Find(name, context.SemanticModel, map, context.CancellationToken, out SyntaxNode reference) is not { } legacy)
        {
            return;
        }

        counter.Increment();
        if (legacy.IsReportedByAnalyzer)
        {
            context.ReportDiagnostic(Create(DiagnosticDescriptors.LegacyReference, reference.GetLocation(), legacy, legacy.Message));
        }
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
        context.ReportDiagnostic(Create(
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
                && map.Namespaces.Contains(Unqualified(u.Name)))
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var namespaces = new HashSet<string>(candidates.Select(u => Unqualified(u.Name!)));
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

            if (map.Find(imported as ITypeSymbol) is { } legacy)
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
            string nsName = Unqualified(directive.Name!);
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
            context.ReportDiagnostic(Create(
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
    private static readonly string[] QueryMethodNames =
        ["Select", "SelectMany", "Where", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "GroupBy", "Join", "GroupJoin", "Cast"];

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, LegacyTypeMap map, RegistrationMethodNames names)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        SimpleNameSyntax? method = Unparenthesized(invocation.Expression) switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        if (method is null || !names.Contains(method.Identifier.ValueText))
        {
            return;
        }

        // The registered type is a type argument (written, or inferred for a generic method called without them) or a typeof argument.
        bool mayRegister = method is GenericNameSyntax generic
            ? AnyNamesCanonicalOrLegacy(generic.TypeArgumentList.Arguments, map)
            : names.MayBeGeneric(method.Identifier.ValueText);
        if (mayRegister || HasTypeOfCanonicalOrLegacy(invocation.ArgumentList, map))
        {
            AnalyzeRegistration(context, context.SemanticModel.GetOperation(invocation, context.CancellationToken), map);
        }
    }

    private static void AnalyzeCreation(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        // A constructor has no type arguments: only a typeof argument can name the registered type.
        if (((BaseObjectCreationExpressionSyntax)context.Node).ArgumentList is { } arguments && HasTypeOfCanonicalOrLegacy(arguments, map))
        {
            AnalyzeRegistration(context, context.SemanticModel.GetOperation(context.Node, context.CancellationToken), map);
        }
    }

    private static void AnalyzeCollectionInitializer(SyntaxNodeAnalysisContext context, LegacyTypeMap map, RegistrationMethodNames names)
    {
        // Each element is a call of an 'Add' method that has no syntax of its own.
        if ((names.MayBeGeneric("Add") || HasTypeOfCanonicalOrLegacy(context.Node, map))
            && context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IObjectOrCollectionInitializerOperation initializer)
        {
            foreach (IOperation element in initializer.Initializers)
            {
                AnalyzeRegistration(context, element, map);
            }
        }
    }

    private static void AnalyzeQuery(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        // The calls a query makes have no syntax of their own: each clause's operation is one.
        if (context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is not { } query)
        {
            return;
        }

        foreach (IOperation operation in query.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation { IsImplicit: true })
            {
                AnalyzeRegistration(context, operation, map);
            }
        }
    }

    private static bool AnyNamesCanonicalOrLegacy(SeparatedSyntaxList<TypeSyntax> types, LegacyTypeMap map)
    {
        foreach (TypeSyntax type in types)
        {
            if (MayNameCanonicalOrLegacy(type, map))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTypeOfCanonicalOrLegacy(SyntaxNode arguments, LegacyTypeMap map)
    {
        foreach (SyntaxNode node in arguments.DescendantNodes(n => n == arguments || n is ArgumentSyntax or ParenthesizedExpressionSyntax or InitializerExpressionSyntax))
        {
            if (node is TypeOfExpressionSyntax typeOf && MayNameCanonicalOrLegacy(typeOf.Type, map))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayNameCanonicalOrLegacy(TypeSyntax type, LegacyTypeMap map) => type switch
    {
        NullableTypeSyntax nullable => MayNameCanonicalOrLegacy(nullable.ElementType, map),
        NameSyntax name => map.MayNameCanonicalOrLegacy(NameText.Last(name)),
        _ => false,
    };

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static void AnalyzeRegistration(SyntaxNodeAnalysisContext context, IOperation? operation, LegacyTypeMap map)
    {
        (IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            _ => ((IMethodSymbol?)null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method is null || !IsRegistration(method))
        {
            return;
        }

        IEnumerable<ITypeSymbol> named = method.TypeArguments
            .Concat(arguments.Select(a => a.Value).OfType<ITypeOfOperation>().Select(t => t.TypeOperand));
        ITypeSymbol? registered = named.FirstOrDefault(map.IsCanonicalOrLegacy);
        if (registered is null || map.CanonicalOf(registered) is not { } canonical)
        {
            return;
        }

        string methodName = RegistrationMethodOf(canonical);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ManualRegistration,
            operation!.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty
                .Add(SourceProperty, "analyzer")
                .Add(RegistrationMethodProperty, methodName),
            registered.ToDisplayString(),
            canonical.ToDisplayString(),
            methodName));
    }

    /// <summary>
    /// Whether a call registers a service: a <c>ServiceDescriptor</c> made by hand, or a method on an
    /// <c>IServiceCollection</c> (AddSingleton, TryAddScoped, Replace…). Resolving (GetRequiredService) is not.
    /// </summary>
    private static bool IsRegistration(IMethodSymbol method)
    {
        if (method.ContainingType is not { ContainingNamespace: { } ns } container
            || !ns.ToDisplayString().StartsWith("Microsoft.Extensions.DependencyInjection", System.StringComparison.Ordinal))
        {
            return false;
        }

        if (container.Name == "ServiceDescriptor")
        {
            return true;
        }

        IMethodSymbol definition = method.ReducedFrom ?? method;
        return definition.Parameters.Length > 0 && definition.Parameters[0].Type.Name == "IServiceCollection";
    }

    /// <summary>The generated registration method of a canonical type: its attribute's name where the source shows it.</summary>
    private static string RegistrationMethodOf(INamedTypeSymbol canonical)
    {
        foreach (AttributeData attribute in canonical.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == CanonicalParser.AttributeMetadataName)
            {
                foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                {
                    if (named.Key == "RegistrationMethod" && named.Value.Value is string name)
                    {
                        return name;
                    }
                }
            }
        }

        return "Add" + canonical.Name;
    }

    private static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, LegacyType legacy, string message) =>
        Diagnostic.Create(
            descriptor,
            location,
            ImmutableDictionary<string, string?>.Empty
                .Add(SourceProperty, "analyzer")
                .Add(CanonicalProperty, legacy.Canonical is { } canonical ? TypeDisplay.MetadataNameOf(canonical) : null),
            message);

    private static string Unqualified(NameSyntax name)
    {
        string text = string.Concat(name.ToString().Where(c => !char.IsWhiteSpace(c)));
        return text.StartsWith("global::", System.StringComparison.Ordinal) ? text.Substring("global::".Length) : text;
    }

    private sealed class ReferenceCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }
}
