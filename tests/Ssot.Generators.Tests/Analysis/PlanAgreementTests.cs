using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Planning;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Analysis;

/// <summary>
/// The generator and the analyzer follow one set of rules: for every reason a plan skips an item, the generator's own
/// plan holds that reason, nothing is emitted for the item, and the analyzer reports exactly that reason's diagnostic at
/// the place that explains it. A reason added to a plan without a case here fails <see cref="Every_skip_reason_has_a_case"/>.
/// </summary>
public sealed class PlanAgreementTests
{
    /// <summary>One skip: the source that causes it, what must not be emitted, and where the diagnostic must point.</summary>
    public sealed record Case(Enum Reason, string Source, string Id, string[] At, Func<GeneratorResult, bool> Emitted, TestCompilation? Options = null)
    {
        public override string ToString() => Reason.GetType().Name + "." + Reason;
    }

    private static readonly Case[] Cases =
    [
        new(ClaimSkipReason.ClaimedTwice,
            """
            namespace New
            {
                [Ssot.Canonical("Old.Shared")] public sealed class A { }
                [Ssot.Canonical("Old.Shared")] public sealed class B { }
            }
            """,
            "SSOT1005", ["\"Old.Shared\"", "\"Old.Shared\""], r => HasShim(r, "Old.Shared")),
        new(ClaimSkipReason.Collision,
            """
            namespace Old.Thing { public static class Other { } }
            namespace New { [Ssot.Canonical("Old.Thing")] public sealed class A { } }
            """,
            "SSOT1013", ["\"Old.Thing\""], r => HasShim(r, "Old.Thing")),
        new(ClaimSkipReason.DeclaredByHand,
            """
            namespace Old { public sealed class Kept { } }
            namespace New { [Ssot.Canonical("Old.Kept")] public sealed class A { } }
            """,
            "SSOT1006", ["Kept"], r => HasShim(r, "Old.Kept")),
        new(AliasSkipReason.ClaimRefused,
            """
            namespace Old { public sealed class Kept { } }
            namespace New { [Ssot.Canonical("Old.Kept")] public sealed class A { } }
            """,
            "SSOT1006", ["Kept"], r => HasAlias(r, "Kept")),
        new(AliasSkipReason.LanguageVersion,
            """namespace New { [Ssot.Canonical("Old.A")] public sealed class A { } }""",
            "SSOT2001", ["\"Old.A\""], r => HasAlias(r, "A"), new TestCompilation { LanguageVersion = LanguageVersion.CSharp9 }),
        new(AliasSkipReason.Generic,
            """namespace New { [Ssot.Canonical("Old.Repo`1")] public sealed class Repo<T> { } }""",
            "SSOT2002", ["\"Old.Repo`1\""], r => HasAlias(r, "Repo")),
        new(AliasSkipReason.GlobalNamespaceClash,
            """
            public sealed class Clash { }
            namespace New { [Ssot.Canonical("Old.Clash")] public sealed class A { } }
            """,
            "SSOT2003", ["\"Old.Clash\""], r => HasAlias(r, "Clash")),
        new(AliasSkipReason.Duplicate,
            """
            namespace New
            {
                [Ssot.Canonical("Old.Same")] public sealed class A { }
                [Ssot.Canonical("Other.Same")] public sealed class B { }
            }
            """,
            "SSOT2004", ["\"Old.Same\"", "\"Other.Same\""], r => HasAlias(r, "Same")),
        new(AliasSkipReason.ImportedType,
            """
            global using Vendor;
            namespace Vendor { public sealed class Client { } }
            namespace New { [Ssot.Canonical("Old.Client")] public sealed class A { } }
            """,
            "SSOT2005", ["\"Old.Client\""], r => HasAlias(r, "Client")),
        new(AliasSkipReason.ContextualKeyword,
            """namespace New { [Ssot.Canonical("Old.record")] public sealed class A { } }""",
            "SSOT2006", ["\"Old.record\""], r => HasAlias(r, "@record")),
        new(AliasSkipReason.NameWouldMeanTwoTypes,
            """
            namespace Old { public static class User { public static object Make() => new Thing(); } }
            namespace New { [Ssot.Canonical("Old.Thing")] public sealed class A { } }
            """,
            "SSOT2007", ["\"Old.Thing\""], r => HasAlias(r, "Thing")),
        new(AliasSkipReason.PublicSignature,
            """
            using Old;
            namespace Api { public static class Service { public static Thing Make() => new Thing(); } }
            namespace New { [Ssot.Canonical("Old.Thing")] public sealed class A { } }
            """,
            "SSOT2008", ["\"Old.Thing\""], r => HasAlias(r, "Thing")),
        new(AliasSkipReason.LibraryApiNamesLegacy,
            """
            using Lib;
            namespace App { internal static class Use { internal static object Make() => new Thing(); } }
            """,
            "SSOT2009", ["-"], r => HasAlias(r, "Thing"), new TestCompilation { AssemblyName = "App", ExtraReferences = [LibraryWhoseApiNamesTheLegacyType()] }),
        new(RegistrationSkipReason.NoDependencyInjection,
            """namespace New { [Ssot.Canonical("Old.A")] public sealed class A { } }""",
            "SSOT3001", ["Ssot.Canonical(\"Old.A\")"], r => r.Sources.ContainsKey("Ssot.Registrations.g.cs"), new TestCompilation { WithDependencyInjection = false }),
        new(RegistrationSkipReason.DuplicateMethodName,
            """
            namespace New
            {
                [Ssot.Canonical("Old.A", RegistrationMethod = "AddThing")] public sealed class A { }
                [Ssot.Canonical("Old.B", RegistrationMethod = "AddThing")] public sealed class B { }
            }
            """,
            "SSOT3005", ["Ssot.Canonical(\"Old.A\", RegistrationMethod = \"AddThing\")", "Ssot.Canonical(\"Old.B\", RegistrationMethod = \"AddThing\")"],
            r => r.Sources.TryGetValue("Ssot.Registrations.g.cs", out string? text) && text.Contains("AddThing(", StringComparison.Ordinal)),
        new(RegistrationSkipReason.NoPublicConstructor,
            """
            namespace New
            {
                [Ssot.Canonical("Old.A", Lifetime = Ssot.CanonicalLifetime.Scoped)] public class A { protected A() { } }
                public sealed class B : A { }
            }
            """,
            "SSOT3004", ["Lifetime = Ssot.CanonicalLifetime.Scoped"], r => r.Sources.ContainsKey("Ssot.Registrations.g.cs")),
    ];

    public static TheoryData<Case> All => [.. Cases];

    [Theory]
    [MemberData(nameof(All))]
    public void The_generators_plan_skips_the_item_emits_nothing_for_it_and_the_analyzer_reports_that_reason(Case @case)
    {
        GeneratorResult result = GeneratorRunner.Run(@case.Source, @case.Options);

        Assert.Contains(@case.Reason, SkipReasonsOf(result.Run.Results.Single()));
        Assert.False(@case.Emitted(result), "The skipped item was emitted anyway:\n" + string.Join("\n", result.Sources.Select(s => "=== " + s.Key + "\n" + s.Value)));

        // Exactly that reason's diagnostic, where it belongs, and no other skip reported.
        string[] reported = result.AnalyzerDiagnostics
            .Where(d => d.Id is ['S', 'S', 'O', 'T', '1' or '2' or '3', ..])
            .Select(d => d.Id + " " + Text(d))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(@case.At.Select(at => @case.Id + " " + at).OrderBy(d => d, StringComparer.Ordinal), reported);
    }

    [Fact]
    public void Every_skip_reason_has_a_case()
    {
        IEnumerable<Enum> reasons = Enum.GetValues<ClaimSkipReason>().Cast<Enum>()
            .Concat(Enum.GetValues<AliasSkipReason>().Cast<Enum>())
            .Concat(Enum.GetValues<RegistrationSkipReason>().Cast<Enum>());

        Assert.Empty(reasons.Except(Cases.Select(c => c.Reason)));
    }

    /// <summary>The skip reasons of the plans the generator itself computed (its tracked plan steps).</summary>
    private static IEnumerable<Enum> SkipReasonsOf(GeneratorRunResult run)
    {
        foreach (object output in run.TrackedSteps
            .Where(s => s.Key is TrackingNames.ShimPlan or TrackingNames.Aliases or TrackingNames.Registrations)
            .SelectMany(s => s.Value)
            .SelectMany(step => step.Outputs)
            .Select(o => o.Value))
        {
            IEnumerable<Enum> reasons = output switch
            {
                ShimPlan shims => shims.Skipped.Select(s => (Enum)s.Reason),
                AliasPlan aliases => aliases.Skipped.Select(s => (Enum)s.Reason),
                RegistrationPlan registrations => registrations.Skipped.Select(s => (Enum)s.Reason),
                _ => [],
            };
            foreach (Enum reason in reasons)
            {
                yield return reason;
            }
        }
    }

    /// <summary>A library whose public API names its legacy type: a consumer's alias is skipped, with no attribute here to point at.</summary>
    private static MetadataReference LibraryWhoseApiNamesTheLegacyType()
    {
        const string library = """
            namespace Lib
            {
                [Ssot.Canonical("Lib.Thing")] public sealed class UnifiedThing { }
                public static class Api { public static Thing Make() => new Thing(); }
            }
            """;
        GeneratorResult result = GeneratorRunner.Run(new TestCompilation { AssemblyName = "Lib" }.Create(library));
        return MetadataReference.CreateFromImage(AssemblyImage.Emit(result.Output));
    }

    private static bool HasShim(GeneratorResult result, string legacy) => result.Sources.ContainsKey("Ssot.Shim." + legacy + ".g.cs");

    private static bool HasAlias(GeneratorResult result, string name) =>
        result.Sources.TryGetValue("Ssot.Aliases.g.cs", out string? text) && text.Contains("global using " + name + " =", StringComparison.Ordinal);

    private static string Text(Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource ? diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan) : "-";
}
