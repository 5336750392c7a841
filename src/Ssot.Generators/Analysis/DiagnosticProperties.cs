namespace Ssot.Generators.Analysis;

/// <summary>The properties the analyzers put on their diagnostics, for the suppressor and the code fixes.</summary>
public static class DiagnosticProperties
{
    /// <summary>Marks the analyzers' own diagnostics, so the suppressor never removes them.</summary>
    public const string Source = "Ssot.Source";

    /// <summary>The metadata name of the canonical type a fix rewrites to.</summary>
    public const string Canonical = "Ssot.Canonical";

    /// <summary>The generated registration method a manual registration is replaced by.</summary>
    public const string RegistrationMethod = "Ssot.RegistrationMethod";
}
