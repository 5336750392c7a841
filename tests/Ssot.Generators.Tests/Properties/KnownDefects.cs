namespace Ssot.Generators.Tests.Properties;

/// <summary>
/// Open defects the property test found, each with a regression test in <see cref="RegressionTests"/> that fails until
/// it is fixed. While a flag is <see langword="true"/> the case generator steps around that one defect, so the
/// property keeps exploring the rest of the input space. Once a regression test passes, delete its flag (and the
/// code it guards) so the property covers that ground again.
/// </summary>
internal static class KnownDefects
{
    /// <summary>
    /// A facade writes its own type by its bare name where the canonical type is passed by value, so a method type
    /// parameter named like the legacy type (<c>Take&lt;Item&gt;(Widget w)</c> with legacy name <c>Old.Item</c>) captures
    /// it: <c>Take&lt;Item&gt;(Item w)</c>, CS1503.
    /// <see cref="RegressionTests.Facade_type_is_not_captured_by_a_method_type_parameter_of_its_name"/>.
    /// While set, no legacy simple name equals a parameter or type parameter name of its canonical type's members.
    /// </summary>
    public const bool AvoidLegacyNameLikeMemberLocal = true;

    /// <summary>
    /// A <c>decimal</c> default of negative zero (<c>-0.0m</c>) is written as <c>0.0m</c>: the facade's default differs
    /// from the canonical member's (decimal.IsNegative tells them apart). double and float keep their sign.
    /// <see cref="RegressionTests.Facade_keeps_the_sign_of_a_negative_zero_decimal_default"/>.
    /// While set, no decimal default or constant is negative zero.
    /// </summary>
    public const bool AvoidNegativeZeroDecimal = true;

    /// <summary>
    /// A legacy name whose outer class is nested in an outer class of its own name (<c>"Old.Outer+Outer+Inner"</c>)
    /// passes validation (only the innermost pair is checked) and the holder classes C# cannot declare are emitted:
    /// CS0542, with no usage diagnostic.
    /// <see cref="RegressionTests.Legacy_name_with_outer_classes_of_one_name_is_reported_not_generated"/>.
    /// While set, no two adjacent outer classes of a legacy name share a name.
    /// </summary>
    public const bool AvoidOuterClassesOfOneName = true;

    /// <summary>
    /// SSOT1013 treats a generic shim and a namespace of its name as a collision (<c>"Alpha`1"</c> and
    /// <c>"Alpha.Beta"</c>), though C# declares and names both (<c>Alpha&lt;T&gt;</c> beside <c>namespace Alpha</c>): both
    /// shims are dropped, with errors, and legacy code naming either no longer compiles.
    /// <see cref="RegressionTests.Generic_shim_and_a_namespace_of_its_name_both_get_shims"/>.
    /// While set, no generic legacy type is named like a namespace (declared or of another legacy name).
    /// </summary>
    public const bool AvoidGenericShimNamedLikeNamespace = true;

    /// <summary>
    /// The alias rules count the global names of shims that SSOT1013 drops: an alias named like them is skipped though
    /// nothing holds its name. <c>"Core"</c> beside <c>"Core.Repo"</c> (both dropped) loses the alias Core with an
    /// SSOT2003 that says the global namespace holds Core; <c>"Widget.Buffer"</c> beside the colliding
    /// <c>"Buffer.Is+Mailer"</c> and <c>"Buffer+Inner"</c> loses the alias Buffer with no diagnostic at all.
    /// <see cref="RegressionTests.Alias_of_a_colliding_legacy_name_is_not_skipped_for_a_name_nothing_holds"/> and
    /// <see cref="RegressionTests.Alias_is_not_dropped_for_the_global_name_of_shims_that_are_not_generated"/>.
    /// While set, no top-level legacy simple name equals another legacy name's namespace root or outer class.
    /// </summary>
    public const bool AvoidAliasNamedLikeAnotherLegacyRoot = true;

    /// <summary>
    /// A record whose constructors are all private still gets a subclass shim (its protected copy constructor is taken
    /// for one a derived class can call): <c>record Old : Repo { }</c> has no base constructor to call, CS7036.
    /// <see cref="RegressionTests.Subclass_of_a_record_without_an_accessible_constructor_is_reported_not_generated"/>.
    /// While set, a record with a subclass shim has an accessible constructor.
    /// </summary>
    public const bool AvoidRecordSubclassWithOnlyPrivateConstructors = true;

    /// <summary>
    /// A facade forwards an <c>[Experimental("ID")]</c> member by calling it, which is the error ID in generated code
    /// (obsolete members are fine: the shim is obsolete itself, so calling them there raises nothing).
    /// <see cref="RegressionTests.Facade_of_an_experimental_member_compiles"/>.
    /// While set, no random member is experimental.
    /// </summary>
    public const bool AvoidExperimentalMembers = true;

    /// <summary>
    /// The check for a nested legacy name that its declared outer type already uses (SSOT1002) looks members up by
    /// name, and an indexer's name is <c>this[]</c>: <c>"Old.Widget+Item"</c> in a partial <c>Widget</c> with an indexer
    /// (metadata name Item) gets a shim anyway, CS0102 in the user's own file; so does a generated outer class Item
    /// (<c>"Old.Widget+Item+Node"</c>).
    /// <see cref="RegressionTests.Nested_legacy_name_Item_beside_an_indexer_is_reported_not_generated"/>.
    /// While set, no nested legacy name, and no outer class nested in another, is named Item.
    /// </summary>
    public const bool AvoidNestedLegacyNameItem = true;

    /// <summary>
    /// A nested legacy name inside a declared type is checked against that type's own members only: named like an
    /// inherited one (<c>"Widget+Size"</c> for <c>Widget : Base</c> with <c>Base.Size</c>) the shim hides it, CS0108 in
    /// generated code.
    /// <see cref="RegressionTests.Nested_legacy_name_like_an_inherited_member_compiles_without_warnings"/>.
    /// While set, no nested legacy name, and no outer class nested in another, is named like a member the support base
    /// types or object declare.
    /// </summary>
    public const bool AvoidNestedLegacyNameLikeInheritedMember = true;

    /// <summary>
    /// The member check for nested legacy names (SSOT1002) looks at the innermost declared type and the shim's own name
    /// only: an outer class the generator brings into a declared type (<c>"état+Store+Options"</c> for a partial
    /// <c>état</c> with a method <c>Store</c>) clashes with that member, CS0102 in the user's own file.
    /// <see cref="RegressionTests.Generated_outer_class_like_a_member_of_its_declared_outer_type_is_reported_not_generated"/>.
    /// While set, no generated outer class is named like a member of the canonical type it is nested in.
    /// </summary>
    public const bool AvoidOuterClassLikeMemberOfDeclaredType = true;
}
