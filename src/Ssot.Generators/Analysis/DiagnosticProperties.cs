namespace Ssot.Generators.Analysis;

/// <summary>The properties the analyzers put on their diagnostics, for the suppressor and the code fixes.</summary>
public static class DiagnosticProperties
{
    /// <summary>Marks the analyzers' own diagnostics, so the suppressor never removes them.</summary>
    public const string Source = "Ssot.Source";

    /// <summary>The metadata name of the canonical type a fix rewrites to.</summary>
    public const string Canonical = "Ssot.Canonical";

    /// <summary>The name a legacy member name is rewritten to.</summary>
    public const string Target = "Ssot.Target";

    /// <summary>How many members of a hand-written legacy type the canonical type cannot serve (SSOT1006).</summary>
    public const string GapCount = "Ssot.GapCount";

    /// <summary>The generated registration method a manual registration is replaced by.</summary>
    public const string RegistrationMethod = "Ssot.RegistrationMethod";
}
