using System.Linq;
using Ssot.Generators.Model;
using Ssot.Generators.Planning;
using Xunit;
using static Ssot.Generators.Tests.Planning.PlanningModels;

namespace Ssot.Generators.Tests.Planning;

/// <summary>The registration rules, as pure data in and out.</summary>
public sealed class RegistrationPlannerTests
{
    [Fact]
    public void Each_registered_type_gets_a_method_in_name_order_with_its_planned_facades()
    {
        CanonicalTypeModel[] models =
        [
            Canonical("New.Zeta", ["Old.Zeta"], registrationMethod: "AddZeta"),
            Canonical("New.Alpha", ["Old.Alpha", "Old.Retired"], registrationMethod: "AddAlpha"),
            Canonical("New.NoRegistration", ["Old.None"]),
        ];

        RegistrationPlan plan = RegistrationPlanner.Plan(models, ShimPlanner.Plan(models.SelectMany(CanonicalClaims.LegacyClaimsOf).ToList(), Scope(types: ["Old.Retired"])), Facts());

        Assert.Equal(["AddAlpha", "AddZeta"], plan.Entries.Select(e => e.MethodName));
        Assert.Equal(["global::Old.Alpha"], plan.Entries[0].LegacyFacades);
        Assert.Equal(["SSOT0001"], plan.Entries[0].ObsoleteIds);
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void Only_facades_that_legacy_code_can_name_are_registered()
    {
        CanonicalTypeModel[] models = [Canonical("New.Error", ["Old.Error"], isError: true, registrationMethod: "AddError"), Canonical("New.Sub", ["Old.Sub"], ShimShape.Subclass, registrationMethod: "AddSub")];

        RegistrationPlan plan = RegistrationPlanner.Plan(models, Shims(models), Facts());

        Assert.All(plan.Entries, e => Assert.Empty(e.LegacyFacades));
        Assert.Equal(["SSOT0001"], plan.Entries.Single(e => e.MethodName == "AddError").ObsoleteIds);
        Assert.Empty(plan.Entries.Single(e => e.MethodName == "AddSub").ObsoleteIds);
    }

    [Fact]
    public void Two_types_wanting_one_method_name_get_none_and_the_others_keep_theirs()
    {
        CanonicalTypeModel[] models = [Canonical("New.A", ["Old.A"], registrationMethod: "AddThing"), Canonical("New.B", ["Old.B"], registrationMethod: "AddThing"), Canonical("New.C", ["Old.C"], registrationMethod: "AddC")];

        RegistrationPlan plan = RegistrationPlanner.Plan(models, Shims(models), Facts());

        Assert.Equal(["AddC"], plan.Entries.Select(e => e.MethodName));
        Assert.Equal(
            [new RegistrationSkip("New.A", RegistrationSkipReason.DuplicateMethodName, "AddThing"), new RegistrationSkip("New.B", RegistrationSkipReason.DuplicateMethodName, "AddThing")],
            plan.Skipped);
    }

    [Fact]
    public void A_type_the_container_cannot_construct_gets_no_method_and_leaves_its_name_to_the_others()
    {
        CanonicalTypeModel[] models = [Canonical("New.Base", ["Old.Base"], registrationMethod: "AddThing", publicConstructor: false), Canonical("New.B", ["Old.B"], registrationMethod: "AddThing")];

        RegistrationPlan plan = RegistrationPlanner.Plan(models, Shims(models), Facts());

        Assert.Equal(["AddThing"], plan.Entries.Select(e => e.MethodName));
        Assert.Equal("global::New.B", plan.Entries[0].CanonicalType);
        Assert.Equal([new RegistrationSkip("New.Base", RegistrationSkipReason.NoPublicConstructor, "Singleton")], plan.Skipped);
    }

    [Fact]
    public void Without_dependency_injection_nothing_is_emitted_and_each_type_says_why()
    {
        CanonicalTypeModel[] models = [Canonical("New.A", ["Old.A"], registrationMethod: "AddA"), Canonical("New.B", ["Old.B"])];

        RegistrationPlan plan = RegistrationPlanner.Plan(models, Shims(models), Facts(dependencyInjection: false));

        Assert.Empty(plan.Entries);
        Assert.Equal([new RegistrationSkip("New.A", RegistrationSkipReason.NoDependencyInjection, "AddA")], plan.Skipped);
    }

    [Fact]
    public void The_method_name_is_the_attributes_or_Add_and_the_type_name()
    {
        Assert.Equal("AddUnifiedManager", RegistrationPlanner.MethodNameOf(null, "UnifiedManager"));
        Assert.Equal("Register", RegistrationPlanner.MethodNameOf("Register", "UnifiedManager"));
    }
}
