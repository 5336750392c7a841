using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Ssot.Generators.Emitting;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Parsing;

namespace Ssot.Generators;

/// <summary>
/// The pipeline: <c>[Canonical]</c> types → equatable models → one shim file per legacy name, one alias file and
/// one registration file. Diagnostics come from <see cref="Analysis.CanonicalUsageAnalyzer"/>, never from here, so
/// editing a file never regenerates code just to re-report.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CanonicalGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<CanonicalTypeModel> canonicalTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                CanonicalParser.AttributeMetadataName,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                static (ctx, ct) => ctx.TargetSymbol is INamedTypeSymbol type && ctx.Attributes.Length == 1
                    ? CanonicalParser.Parse(type, ctx.Attributes[0], ctx.SemanticModel.Compilation, diagnostics: null, ct)
                    : null)
            .WithTrackingName(TrackingNames.CanonicalTypes)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.ValidCanonicalTypes);

        // Facts and referenced canonical types depend on references and options only: not recomputed per edit.
        IncrementalValueProvider<Compilation> references = context.CompilationProvider.WithComparer(SameReferencesComparer.Instance);

        IncrementalValueProvider<CompilationFacts> facts = references
            .Select(static (compilation, _) => CompilationFactsReader.Read(compilation))
            .WithTrackingName(TrackingNames.CompilationFacts);

        IncrementalValueProvider<EquatableArray<AliasCandidate>> referencedAliases = references
            .Select(static (compilation, _) => ReferencedCanonicalTypes.ReadAliasCandidates(compilation).ToEquatableArray())
            .WithTrackingName(TrackingNames.ReferencedAliasCandidates);

        // What the source declares and imports at the top of each file: read from syntax, once per edited file, so
        // the rules below rerun when a using, a namespace or a type declaration changes, not on every edit.
        IncrementalValueProvider<SourceDeclarations> declarations = context.CompilationProvider
            .Select(static (compilation, ct) => DeclarationReader.ReadAll(compilation.SyntaxTrees, ct))
            .WithTrackingName(TrackingNames.FileDeclarations)
            .Select(static (files, _) => DeclarationReader.Merge(files))
            .WithTrackingName(TrackingNames.SourceDeclarations);

        // Rules that need every claim at once: a name claimed twice, a name still declared by hand, hint names.
        IncrementalValueProvider<EquatableArray<ShimHint>> shimPlan = canonicalTypes
            .SelectMany(static (model, _) => model.LegacyTypes.Select(l => new LegacyClaim(l.MetadataName, model.Type.MetadataName, model.Shape != ShimShape.None)))
            .WithTrackingName(TrackingNames.LegacyClaims)
            .Collect()
            .Combine(declarations)
            .Combine(references)
            .Select(static (input, _) => input.Left.Left.IsEmpty
                ? EquatableArray<ShimHint>.Empty
                : LegacyClaims.PlanShims(input.Left.Left, new DeclarationIndex(input.Left.Right, input.Right)).ToEquatableArray())
            .WithTrackingName(TrackingNames.ShimPlan);

        // Each type takes its own hints from the plan: a claim added elsewhere changes the plan, not this pair.
        IncrementalValuesProvider<ShimRequest> shimRequests = canonicalTypes
            .Combine(shimPlan)
            .Select(static (input, _) => ShimRequestOf(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ShimRequests);

        context.RegisterSourceOutput(
            shimRequests.Combine(facts).WithTrackingName(TrackingNames.Shims),
            static (spc, input) => EmitShims(spc, input.Left, input.Right));

        // The names the planned shims take at the global level: a name whose shim is not generated holds nothing.
        IncrementalValueProvider<EquatableArray<string>> shimRoots = shimPlan
            .Select(static (plan, _) => plan
                .Select(h => LegacyName.TryParse(h.LegacyMetadataName, out string _)?.GlobalRoot)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .OrderBy(r => r, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.ShimRoots);

        IncrementalValueProvider<EquatableArray<AliasCandidate>> aliases = canonicalTypes
            .SelectMany(static (model, _) => AliasCandidates(model))
            .WithTrackingName(TrackingNames.AliasCandidates)
            .Collect()
            .Combine(referencedAliases)
            .Select(static (input, _) => input.Left.Concat(input.Right).ToEquatableArray())
            .Combine(shimRoots)
            .Combine(declarations.Combine(facts))
            .Combine(references)
            .Select(static (input, ct) => input.Left.Left.Left.IsEmpty
                ? EquatableArray<AliasCandidate>.Empty
                : AliasRules.Decide(
                        input.Left.Left.Left,
                        input.Left.Right.Right.LanguageVersion,
                        new DeclarationIndex(input.Left.Right.Left, input.Right),
                        ct,
                        input.Left.Left.Right)
                    .Where(d => d.IsEmitted)
                    .Select(d => d.Candidate)

                    // Two legacy names of one type can share a simple name: one alias serves both.
                    .GroupBy(c => c.AliasName, StringComparer.Ordinal)
                    .Select(g => g.First())
                    .ToEquatableArray())
            .WithTrackingName(TrackingNames.Aliases);

        context.RegisterSourceOutput(aliases, static (spc, aliases) =>
        {
            if (!aliases.IsEmpty)
            {
                spc.AddSource(AliasEmitter.HintName, SourceText.From(AliasEmitter.Emit(aliases), Encoding.UTF8));
            }
        });

        IncrementalValueProvider<EquatableArray<RegistrationEntry>> registrations = canonicalTypes
            .Where(static model => model.Registration is not null)
            .Collect()
            .Combine(shimPlan)
            .Select(static (input, _) => RegistrationEntries(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Registrations);

        context.RegisterSourceOutput(registrations.Combine(facts), static (spc, input) =>
        {
            if (!input.Left.IsEmpty && input.Right.HasDependencyInjection)
            {
                spc.AddSource(RegistrationEmitter.HintName, SourceText.From(RegistrationEmitter.Emit(input.Left, input.Right), Encoding.UTF8));
            }
        });
    }

    private static ShimRequest ShimRequestOf(CanonicalTypeModel model, EquatableArray<ShimHint> plan)
    {
        if (model.Shape == ShimShape.None)
        {
            return new ShimRequest(model, EquatableArray<ShimHint>.Empty);
        }

        var hints = new List<ShimHint>(model.LegacyTypes.Count);
        foreach (LegacyTypeModel legacy in model.LegacyTypes)
        {
            ShimHint? hint = plan.FirstOrDefault(h => h.LegacyMetadataName == legacy.MetadataName);
            if (hint is not null)
            {
                hints.Add(hint);
            }
        }

        return new ShimRequest(model, new EquatableArray<ShimHint>(hints.ToArray()));
    }

    private static void EmitShims(SourceProductionContext context, ShimRequest request, CompilationFacts facts)
    {
        foreach (ShimHint hint in request.Hints)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            LegacyTypeModel legacy = request.Model.LegacyTypes.First(l => l.MetadataName == hint.LegacyMetadataName);
            context.AddSource(hint.HintName, SourceText.From(ShimEmitter.Emit(request.Model, legacy, facts), Encoding.UTF8));
        }
    }

    private static IEnumerable<AliasCandidate> AliasCandidates(CanonicalTypeModel model) =>
        model.Alias
            ? model.LegacyTypes.Where(l => l.ContainingTypes.IsEmpty).Select(l => AliasCandidateOf(model, l))
            : [];

    /// <summary>The alias a top-level legacy name asks for: its simple name, pointing at the canonical type.</summary>
    internal static AliasCandidate AliasCandidateOf(CanonicalTypeModel model, LegacyTypeModel legacy) =>
        new(legacy.Name.TrimStart('@'), model.Type.FullyQualified, model.Type.MetadataName, legacy.MetadataName, !model.TypeParameters.IsEmpty);

    private static EquatableArray<RegistrationEntry> RegistrationEntries(ImmutableArray<CanonicalTypeModel> models, EquatableArray<ShimHint> plan)
    {
        var planned = new HashSet<string>(plan.Select(h => h.LegacyMetadataName), StringComparer.Ordinal);

        // Two types wanting one method name would not compile: neither gets one, and the analyzer says why.
        var methodCounts = models.GroupBy(m => m.Registration!.MethodName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return models
            .Where(m => methodCounts[m.Registration!.MethodName] == 1)
            .OrderBy(m => m.Type.MetadataName, StringComparer.Ordinal)
            .Select(m => new RegistrationEntry(
                m.Type.FullyQualified,
                m.IsPublic,
                m.Registration!.MethodName,
                m.Registration.Lifetime,
                m.Registration.ServiceTypes,
                m.Shape == ShimShape.Facade && !m.Obsolete.IsError
                    ? m.LegacyTypes.Where(l => planned.Contains(l.MetadataName)).Select(l => l.FullyQualified).ToEquatableArray()
                    : EquatableArray<string>.Empty,
                m.Shape == ShimShape.Facade ? new EquatableArray<string>([m.Obsolete.DiagnosticId]) : EquatableArray<string>.Empty))
            .ToEquatableArray();
    }
}
