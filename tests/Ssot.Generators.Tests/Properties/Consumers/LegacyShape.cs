namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>The legacy types of <see cref="ConsumerLibrary"/>, one per shape of canonical type and shim.</summary>
internal enum LegacyShape
{
    /// <summary><c>Old.Ns.Widget</c>: a facade of the sealed class <c>New.Core.UnifiedWidget</c>.</summary>
    Widget,

    /// <summary><c>Old.Ns.Point</c>: a facade of the struct <c>New.Core.UnifiedPoint</c>.</summary>
    Point,

    /// <summary><c>Old.Ns.JobBase</c>: a subclass shim of the abstract class <c>New.Core.Job</c>.</summary>
    Job,

    /// <summary><c>Old.Ns.IService</c>: an interface shim of <c>New.Core.IUnifiedService</c>.</summary>
    Service,

    /// <summary><c>Old.Ns.Box&lt;T&gt;</c>: a facade of the generic class <c>New.Core.Box&lt;T&gt;</c> (same simple name, no alias).</summary>
    Box,

    /// <summary><c>Old.Ns.Helpers</c>: a static forwarding class of <c>New.Core.Helpers</c> (same simple name).</summary>
    Helpers,

    /// <summary><c>Old.Ns.MarkerAttribute</c>: a subclass shim of the attribute <c>New.Core.TagAttribute</c>.</summary>
    Marker,
}

internal static class LegacyShapes
{
    /// <summary>The legacy simple name, as written in source (a generic one with its type argument added by the renderer).</summary>
    public static string SimpleName(this LegacyShape shape) => shape switch
    {
        LegacyShape.Widget => "Widget",
        LegacyShape.Point => "Point",
        LegacyShape.Job => "JobBase",
        LegacyShape.Service => "IService",
        LegacyShape.Box => "Box",
        LegacyShape.Helpers => "Helpers",
        _ => "MarkerAttribute",
    };

    public static bool IsStatic(this LegacyShape shape) => shape == LegacyShape.Helpers;

    public static bool IsReferenceType(this LegacyShape shape) => shape is not (LegacyShape.Point or LegacyShape.Helpers);

    /// <summary>Whether the shape can be a type argument, a field's type, a cast's target (not a static class).</summary>
    public static bool IsValueOfType(this LegacyShape shape) => !shape.IsStatic();

    /// <summary>Whether <c>new T()</c> compiles: a facade mirrors the canonical constructors; abstract and interface types have none.</summary>
    public static bool CanConstruct(this LegacyShape shape) => shape is LegacyShape.Widget or LegacyShape.Point or LegacyShape.Box or LegacyShape.Marker;

    /// <summary>Whether a class can derive from it or a type parameter be constrained to it (not sealed, not a struct).</summary>
    public static bool CanDerive(this LegacyShape shape) => shape is LegacyShape.Job or LegacyShape.Service or LegacyShape.Marker;
}
