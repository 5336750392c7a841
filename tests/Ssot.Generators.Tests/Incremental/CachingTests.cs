using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Helpers;
using Ssot.Generators.Model;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Incremental;

/// <summary>
/// The pipeline reuses its work: an edit that changes no canonical type changes no step output and no generated file,
/// an edit to one canonical type regenerates only that type's shim, and no step output keeps a compilation alive.
/// </summary>
public sealed class CachingTests
{
    private const string Manager = """
        using System;
        using System.Threading.Tasks;
        using Ssot;

        namespace Netra.Backend.WebSocketCore;

        public interface IWebSocketBroadcaster
        {
            Task BroadcastAsync(string message);
        }

        [Canonical("Netra.Backend.WebSocketCore.WebSocketManager", ServiceTypes = new[] { typeof(IWebSocketBroadcaster) })]
        public sealed class UnifiedWebSocketManager : IWebSocketBroadcaster
        {
            public int Count { get; private set; }

            public string Name { get; init; } = "default";

            public event EventHandler<string>? Connected;

            public void Connect(string id)
            {
                Count++;
                Connected?.Invoke(this, id);
            }

            public Task BroadcastAsync(string message) => Task.CompletedTask;
        }
        """;

    private const string Cache = """
        using Ssot;

        namespace New.Caching;

        [Canonical("Old.Caching.Cache", "Old.Caching.Holder+Store")]
        public sealed class UnifiedCache
        {
            public int Count { get; private set; }

            public void Put(string key) => Count++;
        }
        """;

    private const string Helpers = """
        using Ssot;

        namespace New.Text;

        [Canonical("Old.Text.StringHelpers")]
        public static class TextUtilities
        {
            public const int MaxLength = 256;

            public static string Shout(this string text) => text.ToUpperInvariant();
        }
        """;

    private const string Unrelated = """
        namespace Other;

        public static class Helper
        {
            public static int Compute()
            {
                return 1;
            }
        }
        """;

    private static CSharpCompilation Compilation() => new TestCompilation().Create(Manager, Cache, Helpers, Unrelated);

    [Fact]
    public void The_first_run_tracks_every_step_as_new()
    {
        IncrementalRun run = IncrementalRun.Of(Compilation(), c => c);

        // Guards the other tests: with tracking off, or a step renamed, they would pass without checking anything.
        Assert.NotEmpty(run.First.TrackedSteps);
        Assert.All(
            run.First.TrackedSteps.Where(s => IncrementalRun.TrackingNames.Contains(s.Key)).SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.New, o.Reason));
    }

    [Fact]
    public void Every_tracking_name_is_a_step_of_the_pipeline()
    {
        IncrementalRun run = IncrementalRun.Of(Compilation(), c => c);

        string[] missing = IncrementalRun.TrackingNames.Where(n => !run.First.TrackedSteps.ContainsKey(n)).ToArray();
        Assert.True(missing.Length == 0, "TrackingNames declares steps the pipeline never names (the caching tests cannot check them): " + string.Join(", ", missing));
    }

    [Fact]
    public void Editing_a_method_body_in_a_file_without_the_attribute_regenerates_nothing()
    {
        IncrementalRun run = IncrementalRun.Of(Compilation(), c => IncrementalRun.Replace(c, "Source3.cs", t => t.Replace("return 1;", "return 2;", StringComparison.Ordinal)));

        run.ShouldReuseEveryStep().ShouldGenerateTheSameSources().ShouldHoldNoCompilationObjects();
    }

    [Fact]
    public void An_unrelated_edit_does_not_rerun_the_alias_and_shim_rules()
    {
        // Unchanged would mean the rules ran again and happened to agree: they must not run at all.
        IncrementalRun run = IncrementalRun.Of(Compilation(), c => IncrementalRun.Replace(c, "Source3.cs", t => t.Replace("return 1;", "return 2;", StringComparison.Ordinal)));

        foreach (string step in new[] { TrackingNames.Aliases, TrackingNames.ShimPlan, TrackingNames.SourceDeclarations })
        {
            Assert.All(run.SecondRunOutputs(step), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, step + " was " + o.Reason));
        }
    }

    [Fact]
    public void Adding_the_attribute_to_one_type_regenerates_only_its_shim_the_aliases_and_the_registrations()
    {
        IncrementalRun run = IncrementalRun.Of(
            Compilation(),
            c => IncrementalRun.Replace(c, "Source3.cs", t => t.Replace("public static class Helper", "[Ssot.Canonical(\"Old.Other.LegacyHelper\")]\npublic sealed class Helper", StringComparison.Ordinal)));
        run.ShouldHoldNoCompilationObjects();

        // The other types' shims are not emitted again: a new claim changes the plan, not their part of it.
        var shims = run.SecondRunOutputs(TrackingNames.Shims)
            .Select(o => (Type: ShimInput(o.Value).Model.Type.MetadataName, o.Reason))
            .ToList();
        Assert.Equal(4, shims.Count);
        Assert.Equal(IncrementalStepRunReason.New, Assert.Single(shims, s => s.Type == "Other.Helper").Reason);
        Assert.All(shims.Where(s => s.Type != "Other.Helper"), s => Assert.True(Reused.Contains(s.Reason), s.Type + " was " + s.Reason));

        IReadOnlyDictionary<string, string> before = IncrementalRun.SourcesOf(run.First);
        IReadOnlyDictionary<string, string> after = IncrementalRun.SourcesOf(run.Second);
        string[] changed = after.Keys.Where(k => !before.TryGetValue(k, out string? text) || text != after[k]).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        Assert.Equal(["Ssot.Aliases.g.cs", "Ssot.Registrations.g.cs", "Ssot.Shim.Old.Other.LegacyHelper.g.cs"], changed);
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public void Adding_a_file_level_using_that_imports_a_same_named_type_drops_the_alias_and_removing_it_brings_it_back()
    {
        // Alias decisions read the usings of every file: an edited using must reach them, both ways.
        const string vendor = "namespace Vendor.Http { public abstract class WebSocketManager { } }";
        CSharpCompilation original = new TestCompilation().Create(Manager, Cache, Helpers, Unrelated, vendor);
        CSharpCompilation withUsing = IncrementalRun.Replace(original, "Source3.cs", t => "using Vendor.Http;\n" + t);

        GeneratorDriver driver = GeneratorRunner.CreateDriver(original).RunGenerators(original);
        Assert.Contains("global using WebSocketManager =", IncrementalRun.SourcesOf(driver.GetRunResult().Results[0])["Ssot.Aliases.g.cs"], StringComparison.Ordinal);

        driver = driver.RunGenerators(withUsing);
        GeneratorRunResult added = driver.GetRunResult().Results[0];
        Assert.DoesNotContain("global using WebSocketManager =", IncrementalRun.SourcesOf(added)["Ssot.Aliases.g.cs"], StringComparison.Ordinal);
        Assert.Contains("global using Cache =", IncrementalRun.SourcesOf(added)["Ssot.Aliases.g.cs"], StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(added.TrackedSteps[TrackingNames.Aliases].SelectMany(s => s.Outputs)).Reason);

        // The analyzer, which shares the rules, says why.
        GeneratorResult analyzed = GeneratorRunner.Run(withUsing);
        string skipped = Assert.Single(analyzed.DiagnosticsWithId("SSOT2005"));
        Assert.Contains("'Vendor.Http.WebSocketManager'", skipped, StringComparison.Ordinal);
        Assert.Empty(GeneratorRunner.Run(original).DiagnosticsWithId("SSOT2005"));

        driver = driver.RunGenerators(IncrementalRun.Replace(withUsing, "Source3.cs", t => t.Replace("using Vendor.Http;\n", string.Empty, StringComparison.Ordinal)));
        GeneratorRunResult removed = driver.GetRunResult().Results[0];
        Assert.Contains("global using WebSocketManager =", IncrementalRun.SourcesOf(removed)["Ssot.Aliases.g.cs"], StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(removed.TrackedSteps[TrackingNames.Aliases].SelectMany(s => s.Outputs)).Reason);
    }

    [Fact]
    public void Deriving_from_a_legacy_name_in_another_file_makes_the_shim_a_subclass_and_undoing_it_a_facade_again()
    {
        // What Auto picks for an unsealed class reads the base lists of every file: an edit elsewhere must reach the shim.
        const string canonical = "namespace New { [Ssot.Canonical(\"Old.Thing\")] public class Thing2 { } }";
        const string legacy = "#pragma warning disable SSOT0001\nnamespace Legacy { internal sealed class Mine { } }";
        CSharpCompilation original = new TestCompilation().Create(canonical, legacy);
        CSharpCompilation derived = IncrementalRun.Replace(original, "Source1.cs", t => t.Replace("class Mine", "class Mine : Old.Thing", StringComparison.Ordinal));
        const string hint = "Ssot.Shim.Old.Thing.g.cs";

        GeneratorDriver driver = GeneratorRunner.CreateDriver(original).RunGenerators(original);
        Assert.Contains("sealed class Thing", IncrementalRun.SourcesOf(driver.GetRunResult().Results[0])[hint], StringComparison.Ordinal);

        driver = driver.RunGenerators(derived);
        Assert.Contains("class Thing : global::New.Thing2", IncrementalRun.SourcesOf(driver.GetRunResult().Results[0])[hint], StringComparison.Ordinal);
        GeneratorRunner.Run(derived).ShouldCompile();

        driver = driver.RunGenerators(IncrementalRun.Replace(derived, "Source1.cs", t => t.Replace(" : Old.Thing", string.Empty, StringComparison.Ordinal)));
        Assert.Contains("sealed class Thing", IncrementalRun.SourcesOf(driver.GetRunResult().Results[0])[hint], StringComparison.Ordinal);
    }

    [Fact]
    public void Declaring_a_namespace_that_a_legacy_type_name_takes_removes_its_shim()
    {
        // Collisions read the namespaces of every file: a new namespace declaration must reach the shim plan.
        IncrementalRun run = IncrementalRun.Of(
            Compilation(),
            c => IncrementalRun.Replace(c, "Source3.cs", t => t.Replace("namespace Other;", "namespace Old.Caching.Cache.Parts;", StringComparison.Ordinal)));

        Assert.Contains("Ssot.Shim.Old.Caching.Cache.g.cs", IncrementalRun.SourcesOf(run.First).Keys);
        Assert.DoesNotContain("Ssot.Shim.Old.Caching.Cache.g.cs", IncrementalRun.SourcesOf(run.Second).Keys);
        Assert.Contains("Ssot.Shim.Old.Caching.Holder.Store.g.cs", IncrementalRun.SourcesOf(run.Second).Keys);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(run.SecondRunOutputs(TrackingNames.ShimPlan)).Reason);
    }

    [Fact]
    public void Adding_an_unrelated_file_regenerates_nothing()
    {
        IncrementalRun run = IncrementalRun.Of(
            Compilation(),
            c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Other { public sealed class Added { public int Value => 3; } }",
                (CSharpParseOptions)c.SyntaxTrees[0].Options,
                "Added.cs")));

        // The file declares a type, so the declarations (and the name scope the rules read) change; the rules rerun to
        // the same result.
        run.ShouldReuseEveryStep(except: [TrackingNames.FileDeclarations, TrackingNames.SourceDeclarations, TrackingNames.NameScope])
            .ShouldGenerateTheSameSources()
            .ShouldHoldNoCompilationObjects();
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(run.SecondRunOutputs(TrackingNames.Aliases)).Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(run.SecondRunOutputs(TrackingNames.ShimPlan)).Reason);
    }

    [Fact]
    public void Editing_a_method_body_of_a_canonical_type_regenerates_nothing()
    {
        // Shims forward signatures, never bodies: a body edit in the attributed file changes no model.
        IncrementalRun run = IncrementalRun.Of(Compilation(), c => IncrementalRun.Replace(c, "Source1.cs", t => t.Replace("=> Count++;", "=> Count += 2;", StringComparison.Ordinal)));

        run.ShouldReuseEveryStep().ShouldGenerateTheSameSources().ShouldHoldNoCompilationObjects();
    }

    [Fact]
    public void Editing_a_member_of_one_canonical_type_regenerates_only_its_shims()
    {
        IncrementalRun run = IncrementalRun.Of(
            Compilation(),
            c => IncrementalRun.Replace(c, "Source1.cs", t => t.Replace("public void Put(string key)", "public int Peek() => Count;\n\n    public void Put(string key)", StringComparison.Ordinal)));
        run.ShouldHoldNoCompilationObjects();

        // The edited type's model and shims are recomputed; every other type's are reused.
        var shims = run.SecondRunOutputs(TrackingNames.Shims)
            .Select(o => (Type: ShimInput(o.Value).Model.Type.MetadataName, o.Reason))
            .ToList();
        Assert.Equal(3, shims.Count);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(shims, s => s.Type == "New.Caching.UnifiedCache").Reason);
        Assert.All(shims.Where(s => s.Type != "New.Caching.UnifiedCache"), s => Assert.Contains(s.Reason, Reused));

        var models = run.SecondRunOutputs(TrackingNames.ValidCanonicalTypes)
            .Select(o => (Type: ((CanonicalTypeModel)o.Value).Type.MetadataName, o.Reason))
            .ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(models, s => s.Type == "New.Caching.UnifiedCache").Reason);
        Assert.All(models.Where(s => s.Type != "New.Caching.UnifiedCache"), s => Assert.Contains(s.Reason, Reused));

        // Aliases, legacy claims and registrations do not depend on members: same values as before.
        foreach (string step in new[] { TrackingNames.Aliases, TrackingNames.Registrations, TrackingNames.ShimPlan, TrackingNames.CompilationFacts })
        {
            Assert.All(run.SecondRunOutputs(step), o => Assert.True(Reused.Contains(o.Reason), step + " was " + o.Reason));
        }

        IReadOnlyDictionary<string, string> before = IncrementalRun.SourcesOf(run.First);
        IReadOnlyDictionary<string, string> after = IncrementalRun.SourcesOf(run.Second);
        string[] changed = before.Keys.Where(k => !after.TryGetValue(k, out string? text) || text != before[k]).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        Assert.Equal(["Ssot.Shim.Old.Caching.Cache.g.cs", "Ssot.Shim.Old.Caching.Holder.Store.g.cs"], changed);
        Assert.Contains("public int Peek()", after["Ssot.Shim.Old.Caching.Cache.g.cs"], StringComparison.Ordinal);
        Assert.Equal(before.Keys.OrderBy(k => k, StringComparer.Ordinal), after.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Editing_a_base_type_in_another_file_regenerates_the_shim_that_forwards_its_members()
    {
        // Caching must not go stale: the facade forwards inherited members, so their edits must reach it.
        const string derived = """
            using Ssot;

            namespace Shapes;

            [Canonical("Old.Shapes.Shape")]
            public sealed class Shape : ShapeBase { }
            """;
        const string baseType = """
            namespace Shapes;

            public class ShapeBase
            {
                public int BaseValue { get; set; }
            }
            """;

        IncrementalRun run = IncrementalRun.Of(
            new TestCompilation().Create(derived, baseType),
            c => IncrementalRun.Replace(c, "Source1.cs", t => t.Replace("public int BaseValue", "public int Added => 1;\n\n    public int BaseValue", StringComparison.Ordinal)));

        Assert.DoesNotContain("Added", IncrementalRun.SourcesOf(run.First)["Ssot.Shim.Old.Shapes.Shape.g.cs"], StringComparison.Ordinal);
        Assert.Contains("public int Added => _canonical.Added;", IncrementalRun.SourcesOf(run.Second)["Ssot.Shim.Old.Shapes.Shape.g.cs"], StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(run.SecondRunOutputs(TrackingNames.Shims)).Reason);
    }

    [Fact]
    public void Adding_a_global_using_that_imports_a_same_named_type_removes_the_alias()
    {
        // Alias decisions depend on other files: caching must not keep a stale alias.
        IncrementalRun run = IncrementalRun.Of(
            Compilation(),
            c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "global using Vendor.Http;\nnamespace Vendor.Http { public class WebSocketManager { } }",
                (CSharpParseOptions)c.SyntaxTrees[0].Options,
                "Vendor.cs")));

        Assert.Contains("global using WebSocketManager =", IncrementalRun.SourcesOf(run.First)["Ssot.Aliases.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("global using WebSocketManager =", IncrementalRun.SourcesOf(run.Second)["Ssot.Aliases.g.cs"], StringComparison.Ordinal);
        Assert.Contains("global using Cache =", IncrementalRun.SourcesOf(run.Second)["Ssot.Aliases.g.cs"], StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(run.SecondRunOutputs(TrackingNames.Aliases)).Reason);
    }

    [Fact]
    public void Declaring_a_legacy_type_by_hand_removes_its_shim_and_keeps_the_others()
    {
        IncrementalRun run = IncrementalRun.Of(
            Compilation(),
            c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Old.Caching { public sealed class Cache { } }",
                (CSharpParseOptions)c.SyntaxTrees[0].Options,
                "HandWritten.cs")));

        Assert.Contains("Ssot.Shim.Old.Caching.Cache.g.cs", IncrementalRun.SourcesOf(run.First).Keys);
        Assert.DoesNotContain("Ssot.Shim.Old.Caching.Cache.g.cs", IncrementalRun.SourcesOf(run.Second).Keys);
        Assert.Contains("Ssot.Shim.Old.Caching.Holder.Store.g.cs", IncrementalRun.SourcesOf(run.Second).Keys);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(run.SecondRunOutputs(TrackingNames.ShimPlan)).Reason);
    }

    [Fact]
    public void Declaring_a_nested_legacy_type_by_hand_leaves_it_without_a_shim()
    {
        // The declarations read per file stop at types; the parser sees the hand-written member and drops the claim.
        IncrementalRun run = IncrementalRun.Of(
            Compilation(),
            c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Old.Caching { public partial class Holder { public sealed class Store { } } }",
                (CSharpParseOptions)c.SyntaxTrees[0].Options,
                "HandWritten.cs")));

        Assert.Contains("Ssot.Shim.Old.Caching.Holder.Store.g.cs", IncrementalRun.SourcesOf(run.First).Keys);
        Assert.Equal(
            ["Ssot.Aliases.g.cs", "Ssot.Registrations.g.cs", "Ssot.Shim.Netra.Backend.WebSocketCore.WebSocketManager.g.cs", "Ssot.Shim.Old.Text.StringHelpers.g.cs"],
            IncrementalRun.SourcesOf(run.Second).Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void The_walker_finds_compilation_objects_hidden_in_nested_values()
    {
        // Proves the no-compilation-objects check can fail: a symbol inside a record inside an array inside a tuple.
        CSharpCompilation compilation = Compilation();
        INamespaceSymbol symbol = compilation.GlobalNamespace;
        var hidden = (1, ImmutableArray.Create<object>("text", new Holder(new EquatableArray<Wrapped>([new Wrapped(symbol)]))));

        IReadOnlyList<string> found = IncrementalRun.ForbiddenObjects(hidden, "value");

        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.Contains("Symbol", f, StringComparison.Ordinal));
        Assert.NotEmpty(IncrementalRun.ForbiddenObjects(new Holder(new EquatableArray<Wrapped>([new Wrapped(compilation.SyntaxTrees[0].GetRoot())])), "node"));
        Assert.NotEmpty(IncrementalRun.ForbiddenObjects(new object[] { Location.Create(compilation.SyntaxTrees[0], default) }, "location"));
        Assert.NotEmpty(IncrementalRun.ForbiddenObjects(Tuple.Create(compilation), "compilation"));
        Assert.Empty(IncrementalRun.ForbiddenObjects((1, "text", new Holder(EquatableArray<Wrapped>.Empty)), "clean"));
    }

    private static readonly HashSet<IncrementalStepRunReason> Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private static ShimRequest ShimInput(object value) => ((ShimRequest, CompilationFacts))value switch { var (request, _) => request };

    private sealed record Holder(EquatableArray<Wrapped> Items);

    private sealed record Wrapped(object Value);
}
