using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Diagnostics;
using Ssot.Generators.Emitting;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;

namespace Ssot.Generators.Analysis;

/// <summary>
/// Where a project tracks its API with PublicApiAnalyzers, reports each shipped entry of a legacy type that the
/// generated shim does not provide (SSOT1021), at the entry's line: a binary compiled against that release would fail
/// with MissingMethodException. What is provided is read from the shim the generator emitted into this compilation, so
/// the rule and the generator cannot disagree; the reasons come from the generator's reader.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ShippedApiAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ShippedMemberNotProvided);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Nothing is read or registered without a shipped API file, or in a compilation that cannot see the attribute.
        if (!PublicApiFileReader.HasShippedFile(context.Options.AdditionalFiles)
            || !context.Compilation.GetTypesByMetadataName(CanonicalReader.AttributeMetadataName).Any()
            || CanonicalAttributeNames.Read(context.Compilation, context.CancellationToken) is not { } attributeNames)
        {
            return;
        }

        var canonicalTypes = new ConcurrentBag<(INamedTypeSymbol Type, AttributeData Attribute)>();
        context.RegisterSymbolAction(
            c =>
            {
                var type = (INamedTypeSymbol)c.Symbol;
                if (attributeNames.MayCarry(type, c.CancellationToken) && CanonicalReader.FindAttribute(type) is { } attribute)
                {
                    canonicalTypes.Add((type, attribute));
                }
            },
            SymbolKind.NamedType);
        context.RegisterCompilationEndAction(c => Report(c, canonicalTypes.ToList()));
    }

    private static void Report(CompilationAnalysisContext context, List<(INamedTypeSymbol Type, AttributeData Attribute)> canonicalTypes)
    {
        if (canonicalTypes.Count == 0)
        {
            return;
        }

        // A nested legacy name is tried before the name of a type it is nested in.
        var legacyTypes = new List<ShippedLegacyType>();
        foreach ((INamedTypeSymbol type, AttributeData attribute) in canonicalTypes)
        {
            foreach (string? name in CanonicalAttributeData.Read(attribute).LegacyNames)
            {
                if (LegacyName.TryParse(name, out _) is { } legacyName)
                {
                    legacyTypes.Add(new ShippedLegacyType(legacyName, type, attribute));
                }
            }
        }

        legacyTypes.Sort((a, b) => b.Name.DisplayName.Length.CompareTo(a.Name.DisplayName.Length));
        foreach (PublicApiLine line in PublicApiFileReader.ReadShipped(context.Options.AdditionalFiles, context.CancellationToken))
        {
            if (PublicApiEntry.Parse(line.Text) is not { } entry)
            {
                continue;
            }

            foreach (ShippedLegacyType legacy in legacyTypes)
            {
                if (entry.IsOf(legacy.Name.DisplayName, out string member, out IReadOnlyList<string> typeParameters))
                {
                    legacy.Entries.Add(new ShippedEntry(line, entry, member, typeParameters));
                    break;
                }
            }
        }

        foreach (ShippedLegacyType legacy in legacyTypes)
        {
            if (legacy.Entries.Count > 0)
            {
                foreach (Diagnostic diagnostic in Check(legacy, context.Compilation, context.CancellationToken))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> Check(ShippedLegacyType legacy, Compilation compilation, CancellationToken cancellationToken)
    {
        string legacyDisplay = legacy.Name.DisplayName;
        INamedTypeSymbol? shim = compilation.Assembly.GetTypeByMetadataName(legacy.Name.MetadataName);
        if (shim is null || !shim.Locations.Any(l => l.SourceTree is { } tree && GeneratedFile.IsOutputOf(tree)))
        {
            // One report for the type: each of its members is missing for the same reason.
            ShippedEntry at = legacy.Entries.FirstOrDefault(e => e.Member.Length == 0) ?? legacy.Entries[0];
            yield return Create(at, legacyDisplay, NoShimReason(legacy, shim, compilation, cancellationToken));
            yield break;
        }

        ShimApiSurface surface = ShimApiSurface.Of(shim);
        ShimReasons? reasons = null;
        foreach (ShippedEntry entry in legacy.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Member.Length == 0
                || PublicApiMember.Of(entry.Member, entry.Entry.Type, entry.Entry.IsStatic, legacy.Name.Name, entry.TypeParameters) is not { } member
                || surface.Provides(member))
            {
                continue;
            }

            reasons ??= ShimReasons.Read(legacy.Canonical, legacy.Attribute, shim, compilation, cancellationToken);
            yield return Create(entry, legacyDisplay, reasons.Why(member, entry.Entry, surface));
        }
    }

    private static string NoShimReason(ShippedLegacyType legacy, INamedTypeSymbol? declared, Compilation compilation, CancellationToken cancellationToken)
    {
        const string Consequence = ", so binaries compiled against it fail with TypeLoadException";
        string canonical = legacy.Canonical.ToReadable();
        var diagnostics = new List<Diagnostic>();
        CanonicalTypeModel? model = CanonicalReader.Read(legacy.Canonical, legacy.Attribute, compilation, diagnostics, cancellationToken, withMembers: false);
        if (model is null)
        {
            string ids = string.Join(", ", diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct());
            return "no shim is generated, because the [Canonical] attribute of '" + canonical + "' has an error" + (ids.Length == 0 ? string.Empty : " (" + ids + ")") + Consequence;
        }

        if (model.Shape == ShimShape.None)
        {
            return "'" + canonical + "' sets Shim = ShimKind.None, which generates no shim" + Consequence + "; keep a shim until those binaries are rebuilt";
        }

        return declared is not null
            ? "a hand-written type still declares it (SSOT1006), so the generator emits no shim; delete it, and the shim takes its place"
            : "no shim is generated, because the legacy name is refused (the diagnostics at the [Canonical] attribute of '" + canonical + "' say why)" + Consequence;
    }

    private static Diagnostic Create(ShippedEntry entry, string legacyDisplay, string why) =>
        Diagnostic.Create(
            DiagnosticDescriptors.ShippedMemberNotProvided,
            Location.Create(entry.Line.Path, entry.Line.Span, entry.Line.LineSpan),
            entry.Line.Text,
            legacyDisplay,
            why);

    /// <summary>A legacy name of a canonical type of this compilation, with the shipped entries of its type.</summary>
    private sealed class ShippedLegacyType(LegacyName name, INamedTypeSymbol canonical, AttributeData attribute)
    {
        public LegacyName Name { get; } = name;

        public INamedTypeSymbol Canonical { get; } = canonical;

        public AttributeData Attribute { get; } = attribute;

        public List<ShippedEntry> Entries { get; } = [];
    }

    /// <summary>One shipped entry of a legacy type: the line, its parts, and what follows the type's name.</summary>
    private sealed record ShippedEntry(PublicApiLine Line, PublicApiEntry Entry, string Member, IReadOnlyList<string> TypeParameters);
}
