using System.Linq;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;
using Xunit;
using static Ssot.Generators.Tests.Planning.PlanningModels;

namespace Ssot.Generators.Tests.Planning;

/// <summary>The alias rules, as pure data in and out: each candidate is emitted once or skipped for one reason.</summary>
public sealed class AliasPlannerTests
{
    private static AliasPlan Plan(NameScope scope, int languageVersion, params CanonicalTypeModel[] models)
    {
        AliasCandidate[] candidates = models.SelectMany(CanonicalClaims.AliasCandidatesOf).ToArray();
        ShimPlan shims = ShimPlanner.Plan(models.SelectMany(CanonicalClaims.LegacyClaimsOf).ToList(), scope);
        return AliasPlanner.Plan(candidates, shims, scope, Facts(languageVersion: languageVersion), NameUses.None);
    }

    private static AliasPlan Plan(NameScope scope, params CanonicalTypeModel[] models) => Plan(scope, 1400, models);

    [Fact]
    public void A_top_level_legacy_name_gets_its_alias_and_a_nested_one_gets_none()
    {
        AliasPlan plan = Plan(Scope(), Canonical("New.Manager", ["Old.WebSocketManager", "Old.Outer+Inner"]));

        Assert.Equal([new AliasCandidate("WebSocketManager", "global::New.Manager", "New.Manager", "Old.WebSocketManager", false)], plan.Aliases);
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void Two_legacy_names_of_one_type_that_share_a_simple_name_get_one_alias()
    {
        AliasPlan plan = Plan(Scope(), Canonical("New.Cache", ["Old.A.Cache", "Old.B.Cache"]));

        Assert.Equal(["Cache"], plan.Aliases.Select(a => a.AliasName));
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void Below_C_sharp_10_no_alias_is_emitted()
    {
        AliasPlan plan = Plan(Scope(), CompilationFacts.GlobalUsingsVersion - 100, Canonical("New.A", ["Old.A"]));

        Assert.Empty(plan.Aliases);
        Assert.Equal(AliasSkipReason.LanguageVersion, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void A_generic_type_gets_no_alias_and_does_not_compete_for_one()
    {
        AliasPlan plan = Plan(Scope(), Canonical("New.Repo`1", ["Old.Repo`1"], generic: true), Canonical("New.Repo", ["Other.Repo"]));

        Assert.Equal(["Repo"], plan.Aliases.Select(a => a.AliasName));
        Assert.Equal(AliasSkipReason.Generic, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void Two_types_wanting_one_name_both_lose_it_and_so_does_a_name_a_file_already_aliases()
    {
        AliasPlan plan = Plan(Scope(aliases: ["Taken"]), Canonical("New.A", ["Old.Same"]), Canonical("New.B", ["Other.Same"]), Canonical("New.C", ["Old.Taken"]));

        Assert.Empty(plan.Aliases);
        Assert.Equal(
            ["Same: two canonical types want this alias", "Same: two canonical types want this alias", "Taken: a file already declares a using alias of that name at its top"],
            plan.Skipped.Select(s => s.Candidate.AliasName + ": " + s.Detail));
        Assert.All(plan.Skipped, s => Assert.Equal(AliasSkipReason.Duplicate, s.Reason));
    }

    [Fact]
    public void A_name_the_global_namespace_holds_in_source_a_reference_or_a_shim_gets_no_alias()
    {
        AliasPlan plan = Plan(
            Scope(types: ["Declared"], namespaces: ["Spaced"], references: new ReferenceFacts(new([]), new([]), new(["Referenced"]), new([]))),
            Canonical("New.A", ["Old.Declared", "Old.Spaced", "Old.Referenced", "Old.Free"]),
            Canonical("New.B", ["Rooted"]));

        Assert.Equal(["Free"], plan.Aliases.Select(a => a.AliasName));
        Assert.Equal(["Declared", "Spaced", "Referenced", "Rooted"], plan.Skipped.Select(s => s.Candidate.AliasName));
        Assert.All(plan.Skipped, s => Assert.Equal(AliasSkipReason.GlobalNamespaceClash, s.Reason));
    }

    [Fact]
    public void A_name_an_imported_namespace_holds_gets_no_alias_but_the_legacy_namespace_a_library_ships_its_shim_in_does_not_count()
    {
        AliasPlan plan = Plan(
            Scope(types: ["Vendor.Http.WebSocketManager"], imports: ["Old", "Vendor.Http", "Refs"], references: new ReferenceFacts(new([]), new([]), new([]), new(["Refs.Client", "Old.Cache"]))),
            Canonical("New.A", ["Old.WebSocketManager", "Old.Cache", "Old.Client"]));

        Assert.Equal(["Cache"], plan.Aliases.Select(a => a.AliasName));
        Assert.Equal(
            [new AliasSkip(new AliasCandidate("WebSocketManager", "global::New.A", "New.A", "Old.WebSocketManager", false), AliasSkipReason.ImportedType, "Vendor.Http.WebSocketManager"),
             new AliasSkip(new AliasCandidate("Client", "global::New.A", "New.A", "Old.Client", false), AliasSkipReason.ImportedType, "Refs.Client")],
            plan.Skipped);
    }

    [Fact]
    public void A_refused_claim_gets_no_alias_and_does_not_compete_for_its_name()
    {
        AliasPlan plan = Plan(Scope(types: ["Old.Kept"]), Canonical("New.A", ["Old.Kept"]), Canonical("New.B", ["Other.Kept"]));

        Assert.Equal([new AliasCandidate("Kept", "global::New.B", "New.B", "Other.Kept", false)], plan.Aliases);
        Assert.Equal(AliasSkipReason.ClaimRefused, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void No_candidates_make_an_empty_plan()
    {
        Assert.Equal(AliasPlan.Empty, AliasPlanner.Plan(EquatableArray<AliasCandidate>.Empty, ShimPlan.Empty, Scope(), Facts(), NameUses.None));
    }
}
