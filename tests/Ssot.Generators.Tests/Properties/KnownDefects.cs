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
    /// For a nested legacy name in the global namespace (<c>"Repo+Text"</c>) the alias rules take the inner name
    /// (<c>Text</c>) as the name the shim holds at the global level, where it is the outer class (<c>Repo</c>). So an
    /// alias <c>Repo</c> is emitted beside the class Repo (legacy code naming <c>Repo.Text</c> gets CS0576, while the
    /// analyzer, which sees the output, reports SSOT2003 for an alias that was emitted), and an alias <c>Text</c> is
    /// dropped with no diagnostic. (The same for a shim's namespace root is fixed:
    /// <see cref="RegressionTests.No_alias_takes_the_name_of_a_namespace_a_shim_creates"/>.)
    /// <see cref="RegressionTests.No_alias_takes_the_name_of_an_outer_class_a_shim_creates"/> and
    /// <see cref="RegressionTests.Alias_named_like_a_nested_global_shim_is_emitted"/>.
    /// While set, no top-level legacy simple name equals a name of a nested legacy name in the global namespace.
    /// </summary>
    public const bool AvoidAliasNamedLikeNestedGlobalShim = true;

    /// <summary>
    /// A generic shim in the global namespace (<c>"Holder`1"</c>) makes the generator drop the alias of another legacy
    /// name with that simple name (<c>"Helper.Holder"</c>), though an alias and a generic type of one name coexist; the
    /// analyzer, which sees the output, reports nothing: a silent skip.
    /// <see cref="RegressionTests.Alias_named_like_a_generic_global_shim_is_emitted_or_reported"/>.
    /// While set, no top-level legacy simple name equals a generic global-namespace legacy name.
    /// </summary>
    public const bool AvoidAliasNamedLikeGenericGlobalShim = true;

    /// <summary>
    /// Legacy names are not checked against the namespaces and types the project declares: a legacy type named like a
    /// declared namespace (<c>"Alpha"</c> beside <c>namespace Alpha.Core</c>; also the static class brought for
    /// <c>"Alpha+Inner"</c>), or a legacy namespace named like a
    /// declared type (<c>"Mode.Old.Thing"</c> beside <c>class Mode</c>), gets a shim anyway: CS0101 and more, with no
    /// usage diagnostic.
    /// <see cref="RegressionTests.Legacy_name_of_an_existing_namespace_is_reported_not_generated"/> and
    /// <see cref="RegressionTests.Legacy_namespace_named_like_an_existing_type_is_reported_not_generated"/>.
    /// While set, legacy names clash with no declared namespace or type.
    /// </summary>
    public const bool AvoidLegacyNamesClashingWithDeclarations = true;

    /// <summary>
    /// A parameter default the canonical member suppresses (<c>T value = default!</c>, <c>string text = null!</c>) is
    /// forwarded without the <c>!</c>: the facade raises CS8601 / CS8625 in generated code.
    /// <see cref="RegressionTests.Facade_keeps_suppressed_null_defaults_warning_free"/>.
    /// While set, no parameter of a bare type parameter type gets a default.
    /// </summary>
    public const bool AvoidSuppressedNullDefaults = true;

    /// <summary>
    /// A generic shim keeps the canonical type's type parameter names, so a legacy simple name equal to one of them
    /// (<c>"Old.Widget`1"</c> for <c>Box&lt;Widget&gt;</c>) declares <c>class Widget&lt;Widget&gt;</c>: CS0694.
    /// <see cref="RegressionTests.Generic_shim_named_like_a_type_parameter_compiles_or_is_reported"/>.
    /// While set, no legacy simple name equals a type parameter of its canonical type.
    /// </summary>
    public const bool AvoidLegacyNameLikeTypeParameter = true;

    /// <summary>
    /// A legacy name whose type is nested in a type of its own name (<c>"Old.Outer+Outer"</c>) passes validation, and
    /// the shim C# cannot declare is emitted: CS0542, with no usage diagnostic.
    /// <see cref="RegressionTests.Legacy_type_nested_in_its_own_name_is_reported_not_generated"/>.
    /// While set, no legacy type is nested in a type of its own name.
    /// </summary>
    public const bool AvoidLegacyTypeNestedInItsOwnName = true;

    /// <summary>
    /// The legacy names of one compilation are not checked against each other: a shim's namespace where another legacy
    /// name's generated outer class is (<c>"Store.Alpha"</c> and <c>"Store+Beta"</c>: CS0101), a shim where another's
    /// outer class is (<c>"Old.Outer"</c> and <c>"Old.Outer+Beta"</c>: CS0260 and more), one outer class generated
    /// public for one canonical type and internal for another (CS0262). None is reported.
    /// <see cref="RegressionTests.Legacy_namespace_and_generated_outer_class_of_one_name_are_reported"/>,
    /// <see cref="RegressionTests.Legacy_type_and_generated_outer_class_of_one_name_are_reported"/>,
    /// <see cref="RegressionTests.Generated_outer_class_shared_by_public_and_internal_canonical_types_compiles"/>.
    /// While set, legacy names of a case clash with no other legacy name's namespace or outer class.
    /// </summary>
    public const bool AvoidLegacyNamesClashingWithEachOther = true;

    /// <summary>
    /// <c>ShimKind.Auto</c> on an abstract class whose constructors are all private picks a subclass shim anyway, and
    /// the shim cannot call a base constructor: CS1729, unreported (an explicit <c>Subclass</c> gets SSOT1008).
    /// <see cref="RegressionTests.Abstract_class_without_an_accessible_constructor_is_reported_not_subclassed"/>.
    /// While set, an abstract class with the automatic shim has an accessible constructor.
    /// </summary>
    public const bool AvoidAutoSubclassWithoutAccessibleConstructor = true;

    /// <summary>
    /// A nested legacy name inside a declared partial type (<c>"Old.Widget+Inner"</c> for a partial <c>Widget</c>) is
    /// checked against the types declared there, not the members: a member of that name makes the shim CS0102 (reported
    /// in the user's own file), with no usage diagnostic.
    /// <see cref="RegressionTests.Nested_legacy_name_like_a_member_of_its_outer_type_is_reported_not_generated"/>.
    /// While set, a legacy name nested in a canonical type is named like none of its members.
    /// </summary>
    public const bool AvoidNestedLegacyNameLikeOuterMember = true;

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
}
