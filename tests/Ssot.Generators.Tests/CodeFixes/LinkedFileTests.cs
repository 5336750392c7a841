using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyReferenceAnalyzer, Ssot.CodeFixes.LegacyReferenceCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// A file compiled by two projects (a linked <c>&lt;Compile Include&gt;</c>: one path, two documents) has one text. A
/// fix writes the same text into every project that compiles it, with what must change with it in each of them, or
/// is not offered when the projects see different types at that place.
/// </summary>
public sealed class LinkedFileTests
{
    private const string SharedPath = "/Shared/Handler.cs";

    private const string Shared = """
        public abstract class Handler
        {
            public abstract {|SSOT0001:Old.Core.Manager|} Make();
        }
        """;

    private const string SharedFixed = """
        public abstract class Handler
        {
            public abstract New.Core.UnifiedManager Make();
        }
        """;

    [Fact]
    public async Task A_linked_file_and_the_overrides_in_both_projects_change_together()
    {
        var test = new Verify
        {
            // The harness checks '#pragma warning disable' by editing the primary project's documents only, which a linked file defeats.
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
            TestState = { Sources = { (SharedPath, Shared), ("/App/H1.cs", Override("H1", "{|SSOT0001:Old.Core.Manager|}")) }, AdditionalProjectReferences = { "Lib" } },
            FixedState = { Sources = { (SharedPath, SharedFixed), ("/App/H1.cs", Override("H1", "New.Core.UnifiedManager")) }, AdditionalProjectReferences = { "Lib" } },
        };
        test.TestState.AdditionalProjects.Add("Lib", Verify.Project("Lib", [], ("/Lib/Core.cs", FixLibrary.Core)));
        test.TestState.AdditionalProjects.Add("Second", Verify.Project("Second", ["Lib"], (SharedPath, Shared), ("/Second/H2.cs", Override("H2", "{|SSOT0001:Old.Core.Manager|}"))));
        test.FixedState.AdditionalProjects.Add("Lib", Verify.Project("Lib", [], ("/Lib/Core.cs", FixLibrary.Core)));
        test.FixedState.AdditionalProjects.Add("Second", Verify.Project("Second", ["Lib"], (SharedPath, SharedFixed), ("/Second/H2.cs", Override("H2", "New.Core.UnifiedManager"))));

        // One action, whichever of the four reports it starts from; Fix All in the first project reaches the second too.
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_linked_file_is_fixed_where_each_project_compiles_its_own_copy_of_the_canonical_type()
    {
        // The canonical type is itself a linked file: two assemblies, one name, and in each project it is the canonical type.
        // Each project declares the canonical type, so the public signature is its shipped API (SSOT0005).
        const string corePath = "/Shared/Core.cs";
        string shared = Shared.Replace("SSOT0001", "SSOT0005", System.StringComparison.Ordinal);
        var test = new Verify
        {
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
            TestState = { Sources = { (corePath, FixLibrary.Core), (SharedPath, shared) } },
            FixedState = { Sources = { (corePath, FixLibrary.Core), (SharedPath, SharedFixed) } },
            NumberOfIncrementalIterations = 1,
        };
        test.TestState.AdditionalProjects.Add("Second", Verify.Project("Second", [], (corePath, FixLibrary.Core), (SharedPath, shared)));
        test.FixedState.AdditionalProjects.Add("Second", Verify.Project("Second", [], (corePath, FixLibrary.Core), (SharedPath, SharedFixed)));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_linked_file_whose_other_project_still_has_the_old_type_is_not_offered()
    {
        // The second project compiles the file against its own, real Old.Core.Manager: there the name is no legacy
        // reference, and the canonical type does not even exist. Rewriting the one text would break that project.
        const string oldType = """
            namespace Old.Core
            {
                public sealed class Manager { }
            }
            """;
        const string sharedThere = """
            public abstract class Handler
            {
                public abstract Old.Core.Manager Make();
            }
            """;
        var test = new Verify
        {
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
            TestState = { Sources = { (SharedPath, Shared) }, AdditionalProjectReferences = { "Lib" } },
            FixedState = { Sources = { (SharedPath, Shared) }, AdditionalProjectReferences = { "Lib" }, MarkupHandling = MarkupMode.Allow },
        };
        test.TestState.AdditionalProjects.Add("Lib", Verify.Project("Lib", [], ("/Lib/Core.cs", FixLibrary.Core)));
        test.TestState.AdditionalProjects.Add("Second", Verify.Project("Second", [], (SharedPath, sharedThere), ("/Second/Old.cs", oldType)));
        test.FixedState.AdditionalProjects.Add("Lib", Verify.Project("Lib", [], ("/Lib/Core.cs", FixLibrary.Core)));
        test.FixedState.AdditionalProjects.Add("Second", Verify.Project("Second", [], (SharedPath, sharedThere), ("/Second/Old.cs", oldType)));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_name_that_binds_in_one_project_but_not_the_other_is_qualified_for_both()
    {
        // In the second project 'New' inside namespace App is App.New: the name must bind in both compilations of the file.
        const string shared = """
            namespace App
            {
                public static class Uses
                {
                    public static object Make() => new {|SSOT0001:Old.Core.Manager|}();
                }
            }
            """;
        const string sharedFixed = """
            namespace App
            {
                public static class Uses
                {
                    public static object Make() => new New.Core.UnifiedManager();
                }
            }
            """;
        const string shadow = """
            namespace App.New.Core
            {
                public sealed class UnifiedManager { }
            }
            """;
        const string sharedQualified = """
            namespace App
            {
                public static class Uses
                {
                    public static object Make() => new global::New.Core.UnifiedManager();
                }
            }
            """;

        var test = new Verify
        {
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
            TestState = { Sources = { (SharedPath, shared) }, AdditionalProjectReferences = { "Lib" } },
            FixedState = { Sources = { (SharedPath, sharedQualified) }, AdditionalProjectReferences = { "Lib" } },
        };
        test.TestState.AdditionalProjects.Add("Lib", Verify.Project("Lib", [], ("/Lib/Core.cs", FixLibrary.Core)));
        test.TestState.AdditionalProjects.Add("Second", Verify.Project("Second", ["Lib"], (SharedPath, shared), ("/Second/Shadow.cs", shadow)));
        test.FixedState.AdditionalProjects.Add("Lib", Verify.Project("Lib", [], ("/Lib/Core.cs", FixLibrary.Core)));
        test.FixedState.AdditionalProjects.Add("Second", Verify.Project("Second", ["Lib"], (SharedPath, sharedQualified), ("/Second/Shadow.cs", shadow)));

        await test.RunAsync(CancellationToken.None);

        // Alone, the first project would take the short name.
        await Verify.VerifyAsync(shared, sharedFixed, FixLibrary.Core);
    }

    private static string Override(string name, string type) => $$"""
        public sealed class {{name}} : Handler
        {
            public override {{type}} Make() => null!;
        }
        """;
}
