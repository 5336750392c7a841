using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Ssot.Generators.Model;

/// <summary>
/// The names of a facade's own private members, chosen per facade so that none is the name of a member it forwards (a
/// canonical member may well be called <c>_canonical</c>): each is the usual name, or that name with the first suffix
/// <c>_2</c>, <c>_3</c>, … that no forwarded member has (for a prefix: <c>_2_</c>, … that no forwarded member starts with).
/// </summary>
/// <param name="CanonicalField">The field that holds the canonical instance.</param>
/// <param name="StaticsClass">
/// The nested class that holds the facade's static state: the table that maps each canonical instance to its one facade
/// (<see cref="TableField"/>), and the canonical constructors found by reflection.
/// </param>
/// <param name="HandlersClass">The nested class that pairs event handlers added through the facade with their forwarders.</param>
/// <param name="HandlersFieldPrefix">The prefix of the per-event field of <see cref="HandlersClass"/> pairs.</param>
/// <param name="InitAccessorPrefix">The prefix of the per-property method that reaches a canonical <c>init</c> accessor.</param>
/// <param name="ConstructAccessorPrefix">The prefix of the runtime accessors that run a canonical constructor on an instance registered first.</param>
/// <param name="ConstructorFieldPrefix">The prefix of the fields that hold a canonical constructor found by reflection.</param>
internal sealed record FacadeNames(
    string CanonicalField,
    string StaticsClass,
    string HandlersClass,
    string HandlersFieldPrefix,
    string InitAccessorPrefix,
    string ConstructAccessorPrefix,
    string ConstructorFieldPrefix)
{
    /// <summary>The names a facade with no forwarded member of such a name uses.</summary>
    public static readonly FacadeNames Usual = new("_canonical", "SsotStatics", "SsotForwardedHandlers", "_handlersOf", "SsotInit", "SsotConstruct", "s_ssotConstructor");

    /// <summary>The table's field in the statics class (whose scope holds nothing a forwarded member could be named).</summary>
    public const string TableField = "Facades";

    /// <summary>The parameter of the private constructor that wraps an existing canonical instance (a parameter hides no member it does not use).</summary>
    public const string WrappedParameter = "ssotCanonical";

    /// <summary>The type parameter of the handlers class's <c>Add</c> method (its own scope holds nothing else).</summary>
    public const string HandlerTypeParameter = "TSsotHandler";

    /// <summary>The names for a facade that declares members (and type parameters) of the given names, escaped or not.</summary>
    public static FacadeNames For(IEnumerable<string> taken)
    {
        string[] names = taken.Select(n => n.TrimStart('@')).Distinct().ToArray();
        if (!names.Any(n => n.StartsWith("_", System.StringComparison.Ordinal) || n.StartsWith("s_", System.StringComparison.Ordinal) || n.StartsWith("Ssot", System.StringComparison.Ordinal)))
        {
            return Usual;
        }

        return new FacadeNames(
            Free(Usual.CanonicalField, names, exact: true),
            Free(Usual.StaticsClass, names, exact: true),
            Free(Usual.HandlersClass, names, exact: true),
            Free(Usual.HandlersFieldPrefix, names, exact: false),
            Free(Usual.InitAccessorPrefix, names, exact: false),
            Free(Usual.ConstructAccessorPrefix, names, exact: false),
            Free(Usual.ConstructorFieldPrefix, names, exact: false));
    }

    public string HandlersField(string memberName) => HandlersFieldPrefix + memberName.TrimStart('@');

    public string InitAccessor(string memberName) => InitAccessorPrefix + memberName.TrimStart('@');

    public string ConstructAccessor(int index) => ConstructAccessorPrefix + index.ToString(CultureInfo.InvariantCulture);

    public string ConstructorField(int index) => ConstructorFieldPrefix + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The name (or prefix) itself, or with the first suffix that no taken name is (or, for a prefix, starts with).</summary>
    private static string Free(string name, string[] taken, bool exact)
    {
        string candidate = name;
        for (int i = 2; taken.Any(t => exact ? t == candidate : t.StartsWith(candidate, System.StringComparison.Ordinal)); i++)
        {
            candidate = name + "_" + i.ToString(CultureInfo.InvariantCulture) + (exact ? string.Empty : "_");
        }

        return candidate;
    }
}
