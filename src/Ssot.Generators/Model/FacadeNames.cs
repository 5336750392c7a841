namespace Ssot.Generators.Model;

/// <summary>
/// The names of a facade's own private members, declared once: the emitter writes them, the reader keeps canonical
/// members of such names from being forwarded (they would be hidden or clash), and the analyzer recognises a facade by
/// its field.
/// </summary>
internal static class FacadeNames
{
    /// <summary>The field that holds the canonical instance.</summary>
    public const string CanonicalField = "_canonical";

    /// <summary>The table that maps each canonical instance to its one facade.</summary>
    public const string FacadeTable = "s_facades";

    /// <summary>The parameter of the private constructor that wraps an existing canonical instance.</summary>
    public const string WrappedParameter = "ssotCanonical";

    /// <summary>The nested class that pairs event handlers added through the facade with their forwarders.</summary>
    public const string HandlersClass = "SsotForwardedHandlers";

    /// <summary>The prefix of the per-event field of <see cref="HandlersClass"/> pairs.</summary>
    public const string HandlersFieldPrefix = "_handlersOf";

    /// <summary>The prefix of the per-property accessor that reaches a canonical <c>init</c> accessor.</summary>
    public const string InitAccessorPrefix = "SsotInit";

    /// <summary>The type parameter of the handlers class's <c>Add</c> method.</summary>
    public const string HandlerTypeParameter = "TSsotHandler";

    public static string HandlersField(string memberName) => HandlersFieldPrefix + memberName.TrimStart('@');

    public static string InitAccessor(string memberName) => InitAccessorPrefix + memberName.TrimStart('@');

    /// <summary>Whether a canonical member of this name would collide with one of the facade's own members.</summary>
    public static bool IsReserved(string name) =>
        name is CanonicalField or FacadeTable or HandlersClass
        || name.StartsWith(HandlersFieldPrefix, System.StringComparison.Ordinal)
        || name.StartsWith(InitAccessorPrefix, System.StringComparison.Ordinal);
}
