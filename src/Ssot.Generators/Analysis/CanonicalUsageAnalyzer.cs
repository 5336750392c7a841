using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Emitting;
using Ssot.Generators.Model;
using Ssot.Generators.Parsing;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Reports why a <c>[Canonical]</c> type's output was skipped or changed: usage errors of the attribute, aliases that
/// cannot be emitted, registrations that cannot be generated, and legacy code that derives from a facade.
/// It runs the generator's own parser and rules, so the two cannot disagree.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class CanonicalUsageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NoLegacyNames,
        DiagnosticDescriptors.InvalidLegacyName,
        DiagnosticDescriptors.DuplicateLegacyName,
        DiagnosticDescriptors.LegacyNameIsCanonical,
        DiagnosticDescriptors.LegacyNameClaimedTwice,
        DiagnosticDescriptors.LegacyTypeAlreadyDeclared,
        DiagnosticDescriptors.GenericArityMismatch,
        DiagnosticDescriptors.ShimKindNotPossible,
        DiagnosticDescriptors.CanonicalTypeNotAccessible,
        DiagnosticDescriptors.LegacyContainingTypeNotPartial,
        DiagnosticDescriptors.DerivesFromFacade,
        DiagnosticDescriptors.InvalidDiagnosticId,
        DiagnosticDescriptors.LegacyNameCollision,
        DiagnosticDescriptors.AliasSkippedLanguageVersion,
        DiagnosticDescriptors.AliasSkippedGenericType,
        DiagnosticDescriptors.AliasSkippedGlobalNamespaceClash,
        DiagnosticDescriptors.AliasSkippedDuplicate,
        DiagnosticDescriptors.AliasSkippedImportedType,
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
        INamedTypeSymbol? attributeType = context.Compilation.GetTypesByMetadataName(CanonicalParser.AttributeMetadataName).FirstOrDefault();
        if (attributeType is null)
        {
            return;
        }

        // Types are parsed only where some type declaration names the attribute; alias decisions are reported for
        // canonical types of this compilation or of its references; derivations only where a legacy shim is visible.
        CanonicalAttributeNames? attributeNames = CanonicalAttributeNames.Read(context.Compilation, context.CancellationToken);
        List<AliasCandidate> referencedAliases = ReferencedCanonicalTypes.ReadAliasCandidates(context.Compilation);
        if (LegacyTypeMap.For(context.Compilation) is { } map)
        {
            // A class deriving from a sealed type gets 'object' as its base symbol, so the base list is read instead.
            context.RegisterSyntaxNodeAction(c => ReportFacadeDerivation(c, map), SyntaxKind.SimpleBaseType);
        }

        if (attributeNames is null && referencedAliases.Count == 0)
        {
            return;
        }

        var canonicalTypes = new ConcurrentBag<ParsedCanonical>();
        if (attributeNames is not null)
        {
            CompilationFacts facts = CompilationFactsReader.Read(context.Compilation);
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (!attributeNames.MayCarry(type, symbolContext.CancellationToken)
                        || CanonicalParser.FindAttribute(type, attributeType) is not { } attribute)
                    {
                        return;
                    }

                    var diagnostics = new List<Diagnostic>();
                    CanonicalTypeModel? model = CanonicalParser.Parse(type, attribute, symbolContext.Compilation, diagnostics, symbolContext.CancellationToken);
                    foreach (Diagnostic diagnostic in diagnostics)
                    {
                        symbolContext.ReportDiagnostic(diagnostic);
                    }

                    if (model is null)
                    {
                        return;
                    }

                    CanonicalAttributeData data = CanonicalAttributeData.Read(attribute);
                    if (model.Registration is not null && !facts.HasDependencyInjection)
                    {
                        symbolContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RegistrationSkippedNoDependencyInjection, data.AttributeLocation, type.ToReadable()));
                    }

                    canonicalTypes.Add(new ParsedCanonical(type, model, data));
                },
                SymbolKind.NamedType);
        }

        context.RegisterCompilationEndAction(endContext => OnCompilationEnd(endContext, canonicalTypes.ToList(), referencedAliases));
    }

    private static void ReportFacadeDerivation(SyntaxNodeAnalysisContext context, LegacyTypeMap map)
    {
        var baseType = (SimpleBaseTypeSyntax)context.Node;
        if (baseType.Parent?.Parent is not ClassDeclarationSyntax declaration
            || !MayNameLegacyType(baseType.Type, map)
            || context.SemanticModel.GetTypeInfo(baseType.Type, context.CancellationToken).Type is not INamedTypeSymbol { IsSealed: true, TypeKind: TypeKind.Class } shim
            || !IsGeneratedShim(shim)
            || shim.GetMembers(MemberCollector.CanonicalField).FirstOrDefault() is not IFieldSymbol field)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.DerivesFromFacade,
            baseType.GetLocation(),
            declaration.Identifier.ValueText,
            shim.ToReadable(),
            field.Type.ToReadable()));
    }

    private static void OnCompilationEnd(CompilationAnalysisContext context, List<ParsedCanonical> canonicalTypes, List<AliasCandidate> referencedAliases)
    {
        if (canonicalTypes.Count == 0 && referencedAliases.Count == 0)
        {
            return;
        }

        canonicalTypes.Sort((a, b) => string.CompareOrdinal(a.Model.Type.MetadataName, b.Model.Type.MetadataName));
        var declarations = DeclarationIndex.Of(context.Compilation, context.CancellationToken);
        ReportClaims(context, canonicalTypes, declarations);
        ReportAliases(context, canonicalTypes, referencedAliases, declarations);
        ReportRegistrationMethods(context, canonicalTypes);
    }

    private static void ReportClaims(CompilationAnalysisContext context, List<ParsedCanonical> canonicalTypes, DeclarationIndex declarations)
    {
        var claims = canonicalTypes
            .SelectMany(c => c.Model.LegacyTypes.Select((legacy, index) => (Canonical: c, Legacy: legacy, Index: index)))
            .GroupBy(c => c.Legacy.MetadataName);
        Dictionary<string, string> collisions = LegacyClaims.Collisions(
            canonicalTypes.Where(c => c.Model.Shape != ShimShape.None).SelectMany(c => c.Model.LegacyTypes.Select(l => l.MetadataName)).ToList(),
            declarations);
        foreach (var group in claims)
        {
            var owners = group.ToList();
            if (owners.Count > 1)
            {
                foreach (var owner in owners)
                {
                    ParsedCanonical other = owners.First(o => o.Canonical != owner.Canonical).Canonical;
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.LegacyNameClaimedTwice,
                        owner.Canonical.Data.LegacyNameLocation(owner.Index),
                        group.Key,
                        owner.Canonical.Symbol.ToReadable(),
                        other.Symbol.ToReadable()));
                }

                continue;
            }

            if (collisions.TryGetValue(group.Key, out string? collision))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LegacyNameCollision,
                    owners[0].Canonical.Data.LegacyNameLocation(owners[0].Index),
                    group.Key,
                    collision));
                continue;
            }

            INamedTypeSymbol? declared = context.Compilation.Assembly.GetTypeByMetadataName(group.Key);
            if (declared is not null && !IsGeneratedShim(declared))
            {
                var owner = owners[0];
                foreach (Location location in declared.Locations.Where(l => l.IsInSource))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.LegacyTypeAlreadyDeclared,
                        location,
                        [owner.Canonical.Data.LegacyNameLocation(owner.Index)],
                        declared.ToReadable(),
                        owner.Canonical.Symbol.ToReadable()));
                }
            }
        }
    }

    private static void ReportAliases(CompilationAnalysisContext context, List<ParsedCanonical> canonicalTypes, List<AliasCandidate> referencedAliases, DeclarationIndex declarations)
    {
        var candidates = new List<(AliasCandidate Candidate, ParsedCanonical? Owner, int Index)>();
        foreach (ParsedCanonical canonical in canonicalTypes.Where(c => c.Model.Alias))
        {
            for (int i = 0; i < canonical.Model.LegacyTypes.Count; i++)
            {
                LegacyTypeModel legacy = canonical.Model.LegacyTypes[i];
                if (legacy.ContainingTypes.IsEmpty)
                {
                    candidates.Add((CanonicalGenerator.AliasCandidateOf(canonical.Model, legacy), canonical, i));
                }
            }
        }

        // Aliases for canonical types of referenced assemblies have no attribute here to point at.
        candidates.AddRange(referencedAliases.Select(a => (a, (ParsedCanonical?)null, -1)));
        List<AliasDecision> decisions = AliasRules.Decide(
            candidates.Select(c => c.Candidate).ToList(),
            CompilationFactsReader.LanguageVersionOf(context.Compilation),
            declarations,
            context.CancellationToken);
        for (int i = 0; i < decisions.Count; i++)
        {
            AliasDecision decision = decisions[i];
            Location location = candidates[i].Owner?.Data.LegacyNameLocation(candidates[i].Index) ?? Location.None;
            string canonical = candidates[i].Owner?.Symbol.ToReadable() ?? decision.Candidate.CanonicalMetadataName;
            Diagnostic? diagnostic = decision.Skip switch
            {
                AliasSkip.LanguageVersion => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedLanguageVersion, location, decision.Candidate.AliasName),
                AliasSkip.Generic => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedGenericType, location, decision.Candidate.AliasName, canonical),
                AliasSkip.GlobalNamespaceClash => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedGlobalNamespaceClash, location, decision.Candidate.AliasName),
                AliasSkip.Duplicate => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedDuplicate, location, decision.Candidate.AliasName, decision.Detail),
                AliasSkip.ImportedType => Diagnostic.Create(DiagnosticDescriptors.AliasSkippedImportedType, location, decision.Candidate.AliasName, decision.Detail),
                _ => null,
            };
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static void ReportRegistrationMethods(CompilationAnalysisContext context, List<ParsedCanonical> canonicalTypes)
    {
        foreach (var group in canonicalTypes.Where(c => c.Model.Registration is not null).GroupBy(c => c.Model.Registration!.MethodName))
        {
            if (group.Count() < 2)
            {
                continue;
            }

            foreach (ParsedCanonical canonical in group)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateRegistrationMethod,
                    canonical.Data.AttributeLocation,
                    group.Key,
                    canonical.Symbol.ToReadable()));
            }
        }
    }

    /// <summary>Whether a base type's text can name a legacy shim (every shim the generator writes is in the map): no binding otherwise.</summary>
    private static bool MayNameLegacyType(TypeSyntax type, LegacyTypeMap map) =>
        type is NameSyntax name && map.MayName(NameText.Last(name));

    /// <summary>Whether a type is a shim this generator wrote (it carries our <c>[GeneratedCode]</c>).</summary>
    internal static bool IsGeneratedShim(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value as string == GeneratedFile.ToolName);

    private sealed class ParsedCanonical
    {
        public ParsedCanonical(INamedTypeSymbol symbol, CanonicalTypeModel model, CanonicalAttributeData data)
        {
            Symbol = symbol;
            Model = model;
            Data = data;
        }

        public INamedTypeSymbol Symbol { get; }

        public CanonicalTypeModel Model { get; }

        public CanonicalAttributeData Data { get; }
    }
}
