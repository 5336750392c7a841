using System;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>Reads the MSBuild properties that shape the registration, through the analyzer config.</summary>
internal static class RegistrationOptionsReader
{
    /// <summary>The property that sets the registration class's accessibility, as the analyzer config names it.</summary>
    public const string VisibilityProperty = "build_property.SsotRegistrationVisibility";

    /// <summary><c>internal</c> (any case) makes the registration class internal; anything else, or nothing, keeps it public.</summary>
    public static RegistrationVisibility Visibility(AnalyzerConfigOptions options) =>
        options.TryGetValue(VisibilityProperty, out string? value) && string.Equals(value?.Trim(), "internal", StringComparison.OrdinalIgnoreCase)
            ? RegistrationVisibility.Internal
            : RegistrationVisibility.Public;
}
