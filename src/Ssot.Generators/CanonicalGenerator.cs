using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Ssot.Generators.Emitting;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;
using Ssot.Generators.Reading;
using Ssot.Generators.Reading.Caching;

namespace Ssot.Generators;

/// <summary>
/// The pipeline: <c>[Canonical]</c> types are read into models, the plans decide what is emitted, and the emitters write
/// one shim file per legacy name, one alias file and one registration file. Diagnostics come from the analyzers, which
/// build the same plans, never from here, so editing a file never regenerates code just to re-report.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CanonicalGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Reading: each [Canonical] type, read again only when its declaration or what it may bind to changed (the transform
        // runs for every type on every compilation; the cache answers without binding when nothing it depends on changed).
        IncrementalValuesProvider<CanonicalTypeModel> canonicalTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                CanonicalReader.AttributeMetadataName,
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, ct) => CanonicalModelCache.Read(ctx, ct))
            .WithTrackingName(TrackingNames.CanonicalTypes)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.ValidCanonicalTypes);

        // Reading: what depends on references and options only, not recomputed per edit.
        IncrementalValueProvider<Compilation> references = context.CompilationProvider.WithComparer(SameReferencesComparer.Instance);


        IncrementalValueProvider<EquatableArray<AliasCandidate>> referencedAliases = references
            .Select(static (compilation, _) => ReferencedCanonicalTypes.ReadAliasCandidates(compilation).ToEquatableArray())
            .WithTrackingName(TrackingNames.ReferencedAliasCandidates);

        // Reading: what each file declares, imports and names in its public signatures, read from syntax once per edited
        // file, so the rules rerun when a using, a declaration or a signature changes, not on every edit.
        IncrementalValueProvider<EquatableArray<FileDeclarations>> files = context.CompilationProvider
            .Select(static (compilation, ct) => DeclarationReader.ReadAll(compilation.SyntaxTrees, ct))
            .WithTrackingName(TrackingNames.FileDeclarations);

        IncrementalValueProvider<SourceDeclarations> declarations = files
            .Select(static (files, _) => DeclarationReader.Merge(files))
            .WithTrackingName(TrackingNames.SourceDeclarations);

        // The facts change with the references and options, and with the types the source declares (a polyfill typed in
        // or deleted), not with an edit inside a member.
        IncrementalValueProvider<CompilationFacts> facts = references
            .Combine(declarations)
            .Select(static (input, _) => CompilationFactsReader.Read(input.Left, input.Right))
            .WithTrackingName(TrackingNames.CompilationFacts);

        // Planning: what every type asks of the rules that see them all at once.
        IncrementalValueProvider<EquatableArray<LegacyClaim>> claims = canonicalTypes
            .SelectMany(static (model, _) => CanonicalClaims.LegacyClaimsOf(model))
            .WithTrackingName(TrackingNames.LegacyClaims)
            .Collect()
            .Select(static (claims, _) => claims.ToEquatableArray());

        IncrementalValueProvider<EquatableArray<AliasCandidate>> aliasCandidates = canonicalTypes
            .SelectMany(static (model, _) => CanonicalClaims.AliasCandidatesOf(model))
            .WithTrackingName(TrackingNames.AliasCandidates)
            .Collect()
            .Combine(referencedAliases)
            .Select(static (input, _) => input.Left.Concat(input.Right).ToEquatableArray());

        // Reading: the few facts of the referenced assemblies the rules ask for, asked again only when a question changes.
        IncrementalValueProvider<ReferenceFacts> referenceFacts = claims
            .Combine(aliasCandidates)
            .Combine(declarations)
            .Select(static (input, _) => ReferenceQueries.For(claims: input.Left.Left, candidates: input.Left.Right, declarations: input.Right))
            .WithTrackingName(TrackingNames.ReferenceQuery)
            .Combine(references)
            .Select(static (input, ct) => ReferenceReader.Read(compilation: input.Right, query: input.Left, ct))
            .WithTrackingName(TrackingNames.ReferenceFacts);

        IncrementalValueProvider<NameScope> scope = declarations
            .Combine(referenceFacts)
            .Select(static (input, _) => new NameScope(input.Left, input.Right))
            .WithTrackingName(TrackingNames.NameScope);

        // Planning: where the source uses the legacy simple names in ways an alias would change; the few files that could
        // reach a shim by its simple name are searched on each edit (cached per file).
        IncrementalValueProvider<AliasExposure> exposure = files
            .Combine(aliasCandidates)
            .Combine(claims)
            .Select(static (input, _) => AliasExposure.Of(files: input.Left.Left, candidates: input.Left.Right, claims: input.Right))
            .WithTrackingName(TrackingNames.AliasExposure);

        IncrementalValueProvider<NameUses> nameUses = context.CompilationProvider
            .Combine(exposure)
            .Select(static (input, ct) => new NameUses(NameSearchReader.Read(input.Left, input.Right.ShimSearches, ct), input.Right.InAliasedSignatures))
            .WithTrackingName(TrackingNames.NameUses);

        // Planning: which legacy names get a shim; each type then takes its own part of the plan, so a claim added
        // elsewhere changes the plan, not this pair.
        IncrementalValueProvider<ShimPlan> shimPlan = claims
            .Combine(scope)
            .Combine(exposure)
            .Select(static (input, _) => ShimPlanner.Plan(claims: input.Left.Left, input.Left.Right, namedInApi: input.Right.InApi))
            .WithTrackingName(TrackingNames.ShimPlan);

        IncrementalValuesProvider<ShimRequest> shimRequests = canonicalTypes
            .Combine(shimPlan)
            .Select(static (input, _) => ShimPlanner.RequestOf(model: input.Left, plan: input.Right))
            .WithTrackingName(TrackingNames.ShimRequests);

        IncrementalValueProvider<AliasPlan> aliasPlan = aliasCandidates
            .Combine(shimPlan)
            .Combine(scope)
            .Combine(facts)
            .Combine(nameUses)
            .Select(static (input, _) => new AliasPlanInput(input.Left.Left.Left.Left, input.Left.Left.Left.Right, input.Left.Left.Right, input.Left.Right, input.Right))
            .Select(static (input, _) => AliasPlanner.Plan(input.Candidates, input.Shims, input.Scope, input.Facts, input.Uses))
            .WithTrackingName(TrackingNames.Aliases);

        IncrementalValueProvider<RegistrationVisibility> registrationVisibility = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => RegistrationOptionsReader.Visibility(options.GlobalOptions))
            .WithTrackingName(TrackingNames.RegistrationVisibility);

        IncrementalValueProvider<RegistrationPlan> registrationPlan = canonicalTypes
            .Collect()
            .Combine(shimPlan)
            .Combine(facts)
            .Combine(registrationVisibility)
            .Select(static (input, _) => new RegistrationPlanInput(input.Left.Left.Left.ToEquatableArray(), input.Left.Left.Right, input.Left.Right, input.Right))
            .Select(static (input, _) => RegistrationPlanner.Plan(input.Models, input.Shims, input.Facts, input.Visibility))
            .WithTrackingName(TrackingNames.Registrations);

        // Emitting.
        context.RegisterSourceOutput(shimRequests.Combine(facts).WithTrackingName(TrackingNames.Shims), static (spc, input) => EmitShims(spc, input.Left, input.Right));
        context.RegisterSourceOutput(canonicalTypes.Combine(facts).WithTrackingName(TrackingNames.LegacyMemberNames), static (spc, input) => EmitLegacyMembers(spc, input.Left, input.Right));
        context.RegisterSourceOutput(aliasPlan, static (spc, plan) => EmitAliases(spc, plan));
        context.RegisterSourceOutput(registrationPlan.Combine(facts), static (spc, input) => EmitRegistrations(spc, input.Left, input.Right));
    }

    private static void EmitShims(SourceProductionContext context, ShimRequest request, CompilationFacts facts)
    {
        foreach (PlannedShim shim in request.Shims)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            LegacyTypeModel legacy = request.Model.LegacyTypes.First(l => l.MetadataName == shim.LegacyMetadataName);
            context.AddSource(shim.HintName, SourceText.From(ShimEmitter.Emit(request.Model, legacy, shim, facts), Encoding.UTF8));
        }
    }

    private static void EmitLegacyMembers(SourceProductionContext context, CanonicalTypeModel model, CompilationFacts facts)
    {
        if (model.Renamed is { } renamed && (!renamed.InShim.IsEmpty || !renamed.Extensions.IsEmpty))
        {
            context.AddSource(LegacyMemberEmitter.HintName(model), SourceText.From(LegacyMemberEmitter.Emit(model, facts), Encoding.UTF8));
        }
    }

    private static void EmitAliases(SourceProductionContext context, AliasPlan plan)
    {
        if (!plan.Aliases.IsEmpty)
        {
            context.AddSource(AliasEmitter.HintName, SourceText.From(AliasEmitter.Emit(plan.Aliases), Encoding.UTF8));
        }
    }

    private static void EmitRegistrations(SourceProductionContext context, RegistrationPlan plan, CompilationFacts facts)
    {
        if (!plan.Entries.IsEmpty)
        {
            context.AddSource(RegistrationEmitter.HintName, SourceText.From(RegistrationEmitter.Emit(plan.Entries, facts), Encoding.UTF8));
        }
    }

    private sealed record AliasPlanInput(EquatableArray<AliasCandidate> Candidates, ShimPlan Shims, NameScope Scope, CompilationFacts Facts, NameUses Uses);

    private sealed record RegistrationPlanInput(EquatableArray<CanonicalTypeModel> Models, ShimPlan Shims, CompilationFacts Facts, RegistrationVisibility Visibility);
}
