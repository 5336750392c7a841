using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports why a <c>[Canonical]</c> type's output was skipped or changed: usage errors of the attribute (from the
/// generator's reader), what the generator's plans skip (through <see cref="PlanDiagnostics"/>), and legacy code that
/// derives from a facade. It reads and plans with the generator's own functions, so the two cannot disagree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CanonicalUsageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NoLegacyNames,
        DiagnosticDescriptors.InvalidLegacyName,
        DiagnosticDescriptors.DuplicateLegacyName,
        DiagnosticDescriptors.LegacyNameIsCanonical,
        DiagnosticDescriptors.LegacyNameClaimedTwice,
        DiagnosticDescriptors.LegacyTypeAlreadyDeclared,
        DiagnosticDescriptors.LegacyApiGap,
        DiagnosticDescriptors.GenericArityMismatch,
        DiagnosticDescriptors.ShimKindNotPossible,
        DiagnosticDescriptors.CanonicalTypeNotAccessible,
        DiagnosticDescriptors.LegacyContainingTypeNotPartial,
        DiagnosticDescriptors.DerivesFromFacade,
        DiagnosticDescriptors.InvalidDiagnosticId,
        DiagnosticDescriptors.LegacyNameCollision,
        DiagnosticDescriptors.ConstrainedToFacade,
        DiagnosticDescriptors.FacadeIsNotItsBase,
        DiagnosticDescriptors.MemberNotForwarded,
        DiagnosticDescriptors.AliasSkippedLanguageVersion,
        DiagnosticDescriptors.AliasSkippedGenericType,
        DiagnosticDescriptors.AliasSkippedGlobalNamespaceClash,
        DiagnosticDescriptors.AliasSkippedDuplicate,
        DiagnosticDescriptors.AliasSkippedImportedType,
        DiagnosticDescriptors.AliasSkippedContextualKeyword,
        DiagnosticDescriptors.AliasSkippedNameWouldMeanTwoTypes,
        DiagnosticDescriptors.AliasSkippedPublicSignature,
        DiagnosticDescriptors.AliasSkippedLibraryApi,
        DiagnosticDescriptors.RegistrationSkippedNoDependencyInjection,
        DiagnosticDescriptors.InvalidServiceType,
        DiagnosticDescriptors.InvalidRegistrationMethod,
        DiagnosticDescriptors.RegistrationNotPossible,
        DiagnosticDescriptors.DuplicateRegistrationMethod);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Nothing to do, and nothing registered, in a compilation that cannot see the attribute.
        if (!context.Compilation.GetTypesByMetadataName(CanonicalReader.AttributeMetadataName).Any())
        {
            return;
        }

        // Types are read only where some type declaration names the attribute; plans are reported for canonical types
        // of this compilation or of its references; derivations only where a legacy shim is visible.
        CanonicalAttributeNames? attributeNames = CanonicalAttributeNames.Read(context.Compilation, context.CancellationToken);
        List<AliasCandidate> referencedAliases = ReferencedCanonicalTypes.ReadAliasCandidates(context.Compilation);
        if (LegacyTypeMap.For(context.Compilation) is { } map)
        {
            // A class deriving from a sealed type gets 'object' as its base symbol, so the base list is read instead.
            context.RegisterSyntaxNodeAction(c => ReportFacadeDerivation(c, map), SyntaxKind.SimpleBaseType);
            context.RegisterSyntaxNodeAction(c => ReportFacadeConstraint(c, map), SyntaxKind.TypeConstraint);
        }

        if (attributeNames is null && referencedAliases.Count == 0)
        {
            return;
        }

        var canonicalTypes = new ConcurrentBag<ReadCanonical>();
        if (attributeNames is not null)
        {
            context.RegisterSymbolAction(c => ReadType(c, attributeNames, canonicalTypes), SymbolKind.NamedType);
        }

        context.RegisterCompilationEndAction(c => ReportPlans(c, canonicalTypes.ToList(), referencedAliases));
    }

    private static void ReadType(SymbolAnalysisContext context, CanonicalAttributeNames attributeNames, ConcurrentBag<ReadCanonical> canonicalTypes)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!attributeNames.MayCarry(type, context.CancellationToken) || CanonicalReader.FindAttribute(type) is not { } attribute)
        {
            return;
        }

        var diagnostics = new List<Diagnostic>();
        CanonicalTypeModel? model = CanonicalReader.Read(type, attribute, context.Compilation, diagnostics, context.CancellationToken, withMembers: false);
        foreach (Diagnostic diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic);
        }

        if (model is not null)
        {
            var data = CanonicalAttributeData.Read(attribute);
            canonicalTypes.Add(new ReadCanonical(type, model, data));
            foreach (Diagnostic gap in ForwardingGapDiagnostics.Of(type, model, data.AttributeLocation, context.Compilation, context.CancellationToken))
            {
                context.ReportDiagnostic(gap);
            }
        }
    }

    /// <summary>Builds the generator's plans from the same inputs, and reports what they skip.</summary>
    private static void ReportPlans(CompilationAnalysisContext context, List<ReadCanonical> canonicalTypes, List<AliasCandidate> referencedAliases)
    {
        if (canonicalTypes.Count == 0 && referencedAliases.Count == 0)
        {
            return;
        }

        canonicalTypes.Sort((a, b) => string.CompareOrdinal(a.Model.Type.MetadataName, b.Model.Type.MetadataName));
        List<CanonicalTypeModel> models = canonicalTypes.Select(c => c.Model).ToList();
        EquatableArray<LegacyClaim> claims = models.SelectMany(CanonicalClaims.LegacyClaimsOf).ToEquatableArray();
        EquatableArray<AliasCandidate> candidates = models.SelectMany(CanonicalClaims.AliasCandidatesOf).Concat(referencedAliases).ToEquatableArray();
        EquatableArray<FileDeclarations> files = DeclarationReader.ReadAll(context.Compilation.SyntaxTrees, context.CancellationToken);
        SourceDeclarations declarations = DeclarationReader.Merge(files);
        ReferenceFacts references = ReferenceReader.Read(context.Compilation, ReferenceQueries.For(claims, candidates, declarations), context.CancellationToken);
        var scope = new NameScope(declarations, references);
        CompilationFacts facts = CompilationFactsReader.Read(context.Compilation, declarations);
        AliasExposure exposure = AliasExposure.Of(files, candidates, claims);
        var uses = new NameUses(NameSearchReader.Read(context.Compilation, exposure.ShimSearches, context.CancellationToken), exposure.InAliasedSignatures);

        ShimPlan shims = ShimPlanner.Plan(claims, scope, exposure.InApi);
        AliasPlan aliases = AliasPlanner.Plan(candidates, shims, scope, facts, uses);
        RegistrationPlan registrations = RegistrationPlanner.Plan(models, shims, facts);

        var report = new PlanDiagnostics(context.Compilation, canonicalTypes, context.CancellationToken);
        foreach (Diagnostic diagnostic in report.Of(shims).Concat(report.Of(aliases)).Concat(report.Of(registrations)))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static void ReportFacadeDerivation(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        var baseType = (SimpleBaseTypeSyntax)context.Node;
        if (baseType.Parent?.Parent is ClassDeclarationSyntax declaration && FacadeNamedBy(baseType.Type, context, map) is var (shim, canonical))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DerivesFromFacade,
                baseType.GetLocation(),
                declaration.Identifier.ValueText,
                shim.ToReadable(),
                canonical.ToReadable()));
        }
    }

    private static void ReportFacadeConstraint(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        var constraint = (TypeConstraintSyntax)context.Node;
        if (constraint.Parent is TypeParameterConstraintClauseSyntax clause && FacadeNamedBy(constraint.Type, context, map) is var (shim, canonical))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ConstrainedToFacade,
                constraint.GetLocation(),
                clause.Name.Identifier.ValueText,
                shim.ToReadable(),
                canonical.ToReadable()));
        }
    }

    /// <summary>
    /// The facade shim a base type or constraint names, with the canonical type it wraps. A legacy shim that is a sealed
    /// class that does not derive from its canonical type is a facade (a static shim is static), which holds
    /// for a referenced assembly too, whose private members the compilation does not see.
    /// </summary>
    private static (INamedTypeSymbol Shim, ITypeSymbol Canonical)? FacadeNamedBy(TypeSyntax type, SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        TypeSyntax named = type is NullableTypeSyntax nullable ? nullable.ElementType : type;
        if (named is not NameSyntax name
            || !map.MayName(NameText.Last(name))
            || context.SemanticModel.GetTypeInfo(named, context.CancellationToken).Type is not INamedTypeSymbol { IsSealed: true, IsStatic: false, TypeKind: TypeKind.Class } shim
            || map.Find(shim) is not { Canonical: { } canonical }

            // A sealed shim that derives from its canonical type is no facade.
            || SymbolEqualityComparer.Default.Equals(shim.BaseType?.OriginalDefinition, canonical.OriginalDefinition))
        {
            return null;
        }

        return (shim, shim.IsGenericType ? canonical.Construct([.. shim.TypeArguments]) : canonical);
    }
}
