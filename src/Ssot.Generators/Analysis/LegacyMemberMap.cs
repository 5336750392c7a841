using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Every legacy member name (<c>[LegacyName]</c>) the compilation can see, in its own assembly and in the assemblies it
/// references, found from the <c>AssemblyMetadata("Ssot.LegacyMember", ...)</c> entries the generator writes.
/// </summary>
internal sealed class LegacyMemberMap
{
    private readonly Dictionary<string, List<LegacyMember>> _byName;

    private LegacyMemberMap(Dictionary<string, List<LegacyMember>> byName)
    {
        _byName = byName;
    }

    // The analyzers and the suppressor of one compilation share its map.
    private static readonly ConditionalWeakTable<Compilation, StrongBox<LegacyMemberMap?>> Maps = new();

    /// <summary>The map of the compilation, or <see langword="null"/> when it sees no legacy member name.</summary>
    public static LegacyMemberMap? For(Compilation compilation) =>
        Maps.GetValue(compilation, static c => new StrongBox<LegacyMemberMap?>(Create(c))).Value;

    /// <summary>Whether a simple name with this text can be a legacy member name: a cheap test before binding.</summary>
    public bool MayName(string identifier) => _byName.ContainsKey(identifier);

    /// <summary>The legacy member name a member of a shim or an extension forwarder stands for, if it is one.</summary>
    public LegacyMember? Find(ISymbol symbol, LegacyTypeMap? types)
    {
        if (symbol is IMethodSymbol method)
        {
            symbol = method.ReducedFrom ?? method;
        }

        if (!_byName.TryGetValue(symbol.Name, out List<LegacyMember>? candidates) || symbol.ContainingType?.OriginalDefinition is not { } container)
        {
            return null;
        }

        foreach (LegacyMember candidate in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(container, candidate.ExtensionClass)
                || types?.Find(container) is { Canonical: { } canonical } && SymbolEqualityComparer.Default.Equals(canonical, candidate.Canonical))
            {
                return candidate;
            }
        }

        return null;
    }

    private static LegacyMemberMap? Create(Compilation compilation)
    {
        var byName = new Dictionary<string, List<LegacyMember>>(System.StringComparer.Ordinal);
        Read(compilation.Assembly, byName);
        foreach (IAssemblySymbol reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            Read(reference, byName);
        }

        return byName.Count == 0 ? null : new LegacyMemberMap(byName);
    }

    private static void Read(IAssemblySymbol assembly, Dictionary<string, List<LegacyMember>> byName)
    {
        foreach (string? value in LegacyMapReader.Values(assembly, LegacyMemberEntry.MetadataKey))
        {
            if (LegacyMemberEntry.Parse(value) is not { } entry || assembly.GetTypeByMetadataName(entry.CanonicalMetadataName) is not { } canonical)
            {
                continue;
            }

            INamedTypeSymbol? extensions = entry.ExtensionClass.Length > 0 ? assembly.GetTypeByMetadataName(entry.ExtensionClass) : null;
            if (!byName.TryGetValue(entry.LegacyName, out List<LegacyMember>? list))
            {
                byName[entry.LegacyName] = list = [];
            }

            list.Add(new LegacyMember(entry, canonical, extensions));
        }
    }
}

/// <summary>A legacy member name, the canonical type it belongs to, and the class of its extension forwarders.</summary>
internal sealed class LegacyMember
{
    public LegacyMember(LegacyMemberEntry entry, INamedTypeSymbol canonical, INamedTypeSymbol? extensionClass)
    {
        Entry = entry;
        Canonical = canonical;
        ExtensionClass = extensionClass;
    }

    public LegacyMemberEntry Entry { get; }

    public INamedTypeSymbol Canonical { get; }

    public INamedTypeSymbol? ExtensionClass { get; }

    /// <summary>Whether the analyzer reports uses itself: under the default ID and as warnings only, as for legacy types.</summary>
    public bool IsReportedByAnalyzer => Entry.DiagnosticId == Diagnostics.DiagnosticIds.LegacyReference && !Entry.IsError;

    public string Message =>
        "'" + Entry.LegacyName + "' is the old name of '" + Canonical.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "." + Entry.Target + "': use '" + Entry.Target + "' instead.";
}
