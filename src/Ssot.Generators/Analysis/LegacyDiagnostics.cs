using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>Builds the migration diagnostics about a legacy type, with the properties the suppressor and the fixes read.</summary>
internal static class LegacyDiagnostics
{
    /// <summary>
    /// What a migration analyzer declares: its own ID, and the budget's. dotnet format decides whether to run an analyzer
    /// from the configured severities of the IDs it declares, and <c>WarningsNotAsErrors</c> (the playbook's first step)
    /// configures each listed ID as 'default', which it reads as hidden: an analyzer whose only IDs are listed there would
    /// never run, and nothing would be fixed. The budget's ID is an error that no one lists there.
    /// </summary>
    public static ImmutableArray<DiagnosticDescriptor> SupportedBy(params DiagnosticDescriptor[] own) =>
        ImmutableArray.Create(own).Add(Diagnostics.DiagnosticDescriptors.LegacyBudgetExceeded);

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, LegacyType legacy, params object[] messageArguments) =>
        Diagnostic.Create(
            descriptor,
            location,
            ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Source, "analyzer")
                .Add(DiagnosticProperties.Canonical, legacy.Canonical is { } canonical ? TypeDisplay.MetadataNameOf(canonical) : null),
            messageArguments);
}
