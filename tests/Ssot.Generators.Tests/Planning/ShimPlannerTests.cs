using System.Linq;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;
using Xunit;
using static Ssot.Generators.Tests.Planning.PlanningModels;

namespace Ssot.Generators.Tests.Planning;

/// <summary>The shim rules over every claim at once, as pure data in and out.</summary>
public sealed class ShimPlannerTests
{
    private static ShimPlan Plan(NameScope scope, params CanonicalTypeModel[] models) =>
        ShimPlanner.Plan(models.SelectMany(CanonicalClaims.LegacyClaimsOf).ToList(), scope);

    [Fact]
    public void Each_claimed_name_gets_a_shim_with_a_hint_name_that_differs_even_in_case()
    {
        ShimPlan plan = Plan(Scope(), Canonical("New.Cache", ["Old.Cache"]), Canonical("New.Other", ["Old.cache", "Old.Outer+Inner", "Old.Repo`1"]));

        Assert.Equal(
            ["Old.Cache -> Ssot.Shim.Old.Cache.g.cs", "Old.Outer+Inner -> Ssot.Shim.Old.Outer.Inner.g.cs", "Old.Repo`1 -> Ssot.Shim.Old.Repo_1.g.cs", "Old.cache -> Ssot.Shim.Old.cache_2.g.cs"],
            plan.Shims.Select(s => s.LegacyMetadataName + " -> " + s.HintName));
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void A_name_two_types_claim_is_refused_to_both_and_nothing_else_is()
    {
        ShimPlan plan = Plan(Scope(), Canonical("New.A", ["Old.Shared", "Old.A"]), Canonical("New.B", ["Old.Shared"]));

        Assert.Equal(["Old.A"], plan.Shims.Select(s => s.LegacyMetadataName));
        Assert.Equal(
            [new ClaimSkip("Old.Shared", "New.A", ClaimSkipReason.ClaimedTwice, "New.B"), new ClaimSkip("Old.Shared", "New.B", ClaimSkipReason.ClaimedTwice, "New.A")],
            plan.Skipped);
    }

    [Fact]
    public void A_name_declared_by_hand_is_refused_even_without_a_shim()
    {
        ShimPlan plan = Plan(Scope(types: ["Old.Kept", "Old.Retired"]), Canonical("New.A", ["Old.Kept"]), Canonical("New.B", ["Old.Retired"], ShimShape.None));

        Assert.Empty(plan.Shims);
        Assert.Equal([ClaimSkipReason.DeclaredByHand, ClaimSkipReason.DeclaredByHand], plan.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public void A_retired_name_gets_no_shim_and_no_complaint()
    {
        ShimPlan plan = Plan(Scope(), Canonical("New.A", ["Old.A"], ShimShape.None));

        Assert.Equal(ShimPlan.Empty, plan);
    }

    [Theory]
    [InlineData("Old.A", "Old.A.B", "'Old.A' would be both a namespace and a type of the generated shims")]
    [InlineData("Old.Outer", "Old.Outer+Inner", "'Old.Outer' would be both a shim and the class another shim is nested in")]
    public void Shims_that_would_be_both_a_namespace_and_a_type_are_refused(string first, string second, string reason)
    {
        ShimPlan plan = Plan(Scope(), Canonical("New.First", [first]), Canonical("New.Second", [second]));

        Assert.Empty(plan.Shims);
        Assert.All(plan.Skipped, s => Assert.Equal(new ClaimSkip(s.LegacyMetadataName, s.CanonicalMetadataName, ClaimSkipReason.Collision, reason), s));
        Assert.Equal(2, plan.Skipped.Count);
    }

    [Fact]
    public void A_shim_named_like_a_namespace_or_inside_a_type_of_the_source_or_a_reference_is_refused()
    {
        ShimPlan plan = Plan(
            Scope(namespaces: ["Old", "Old.Taken"], types: ["Typed"], references: new ReferenceFacts(new(["Referenced.Space"]), new(["Ref.Type"]), new([]), new([]))),
            Canonical("New.A", ["Old.Taken"]),
            Canonical("New.B", ["Typed.Inner"]),
            Canonical("New.C", ["Referenced.Space"]),
            Canonical("New.D", ["Ref.Type.Inner"]),
            Canonical("New.E", ["Old.Free"]));

        Assert.Equal(["Old.Free"], plan.Shims.Select(s => s.LegacyMetadataName));
        Assert.Equal(
            ["Old.Taken: 'Old.Taken' is a namespace", "Ref.Type.Inner: 'Ref.Type' is a type, so it cannot be the namespace of a shim", "Referenced.Space: 'Referenced.Space' is a namespace", "Typed.Inner: 'Typed' is a type, so it cannot be the namespace of a shim"],
            plan.Skipped.Select(s => s.LegacyMetadataName + ": " + s.Detail).OrderBy(s => s, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Each_type_takes_its_own_planned_shims_in_the_order_of_its_legacy_names()
    {
        CanonicalTypeModel model = Canonical("New.A", ["Old.Z", "Old.Taken", "Old.B"]);
        ShimPlan plan = Plan(Scope(types: ["Old.Taken"]), model, Canonical("New.C", ["Old.C"]));

        Assert.Equal(["Old.Z", "Old.B"], ShimPlanner.RequestOf(model, plan).Shims.Select(s => s.LegacyMetadataName));
    }
}
