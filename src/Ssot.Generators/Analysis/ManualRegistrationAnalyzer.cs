using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Planning;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports a registration of a canonical or legacy type made by hand (SSOT0003): it makes a second instance beside the
/// generated registration's. Registrations are found by text first: only calls named like a method of the DI
/// namespaces, and naming a canonical or legacy type, are bound; without those namespaces nothing is registered.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManualRegistrationAnalyzer : MigrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = LegacyDiagnostics.SupportedBy(DiagnosticDescriptors.ManualRegistration);

    private protected override void Start(CompilationStartAnalysisContext context, LegacyTypeMap map)
    {
        if (RegistrationMethodNames.Read(context.Compilation) is not { } names)
        {
            return;
        }

        context.RegisterSyntaxNodeAction(c => AnalyzeInvocation(c, map, names), SyntaxKind.InvocationExpression);
        context.RegisterSyntaxNodeAction(c => AnalyzeCreation(c, map), SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
        if (names.Contains("Add"))
        {
            context.RegisterSyntaxNodeAction(c => AnalyzeCollectionInitializer(c, map, names), SyntaxKind.CollectionInitializerExpression);
        }

        if (QueryMethodNames.Any(names.Contains))
        {
            context.RegisterSyntaxNodeAction(c => AnalyzeQuery(c, map), SyntaxKind.QueryExpression);
        }
    }

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
                .Add(DiagnosticProperties.Source, "analyzer")
                .Add(DiagnosticProperties.RegistrationMethod, methodName),
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

    /// <summary>The generated registration method of a canonical type: as its attribute names it where the compilation sees the attribute.</summary>
    private static string RegistrationMethodOf(INamedTypeSymbol canonical)
    {
        AttributeData? attribute = CanonicalReader.FindAttribute(canonical);
        return RegistrationPlanner.MethodNameOf(attribute is null ? null : CanonicalAttributeData.Read(attribute).RegistrationMethod, canonical.Name);
    }
}
