using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;
using Verify = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyReferenceAnalyzer, Ssot.CodeFixes.LegacyReferenceCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// A reference in a signature that must match another member's (an override, an interface implementation, the other
/// part of a partial method) changes with that member's signature when the fix can reach it, and is not offered when
/// that signature lives in a referenced assembly.
/// </summary>
public sealed class SignatureMatchTests
{
    /// <summary>A library built long ago: it declares the canonical types (so it holds the shims) and API that still names a legacy type.</summary>
    private const string ApiSource = """
        namespace Api
        {
        #pragma warning disable SSOT0001
            public abstract class Handler
            {
                public abstract Old.Core.Manager Handle(Old.Core.Manager input);

                public virtual int Count(Old.Core.Manager manager) => 0;

                public virtual object Describe() => "";
            }

            public interface IProvider
            {
                Old.Core.Manager Provide();
            }
        #pragma warning restore SSOT0001
        }
        """;

    private static readonly MetadataReference Api = MetadataReference.CreateFromImage(
        AssemblyImage.Emit(GeneratorRunner.Run(new TestCompilation { AssemblyName = "Api" }.Create(FixLibrary.Core, ApiSource)).Output));

    [Fact]
    public async Task Overrides_and_implementations_in_the_solution_change_with_the_member_they_match()
    {
        const string source = """
            public abstract class Base
            {
                public abstract {|SSOT0001:Old.Core.Manager|} Make();
            }

            public sealed class Derived : Base
            {
                public override {|SSOT0001:Old.Core.Manager|} Make() => new {|SSOT0001:Old.Core.Manager|}();
            }

            public interface IStore
            {
                void Put({|SSOT0001:Old.Core.Manager|} manager);
            }

            public sealed class Store : IStore
            {
                public void Put({|SSOT0001:Old.Core.Manager|} manager) { }
            }

            public sealed class ExplicitStore : IStore
            {
                void IStore.Put({|SSOT0001:Old.Core.Manager|} manager) { }
            }

            public partial class Parts
            {
                partial void Run({|SSOT0001:Old.Core.Manager|} manager);

                partial void Run({|SSOT0001:Old.Core.Manager|} manager) { }
            }
            """;
        const string fixedSource = """
            public abstract class Base
            {
                public abstract New.Core.UnifiedManager Make();
            }

            public sealed class Derived : Base
            {
                public override New.Core.UnifiedManager Make() => new New.Core.UnifiedManager();
            }

            public interface IStore
            {
                void Put(New.Core.UnifiedManager manager);
            }

            public sealed class Store : IStore
            {
                public void Put(New.Core.UnifiedManager manager) { }
            }

            public sealed class ExplicitStore : IStore
            {
                void IStore.Put(New.Core.UnifiedManager manager) { }
            }

            public partial class Parts
            {
                partial void Run(New.Core.UnifiedManager manager);

                partial void Run(New.Core.UnifiedManager manager) { }
            }
            """;

        // The abstract member with its override; the override's body alone; the interface member with both implementations; the partial pair.
        Verify test = Verify.Create(source, fixedSource, FixLibrary.Core);
        test.NumberOfIncrementalIterations = 4;
        await test.RunAsync(CancellationToken.None);
        Assert.Equal((8, 0), await EveryActionCompiles.AssertAsync(source, FixLibrary.Core));
    }

    [Fact]
    public async Task A_signature_that_must_match_a_referenced_assembly_is_not_offered()
    {
        // Handle, Count and Provide must keep the legacy type the compiled library declares them with (else CS0115,
        // CS0508, CS0535); their bodies and the members that match nothing there are free to change.
        const string source = """
            public sealed class MyHandler : Api.Handler
            {
                public override {|SSOT0001:Old.Core.Manager|} Handle({|SSOT0001:Old.Core.Manager|} input) => new {|SSOT0001:Old.Core.Manager|}();

                public override int Count({|SSOT0001:Old.Core.Manager|} manager) => 0;

                public override object Describe() => new {|SSOT0001:Old.Core.Manager|}();

                public {|SSOT0001:Old.Core.Manager|} Extra() => null!;
            }

            public sealed class MyProvider : Api.IProvider
            {
                public {|SSOT0001:Old.Core.Manager|} Provide() => null!;
            }
            """;
        const string fixedSource = """
            public sealed class MyHandler : Api.Handler
            {
                public override {|SSOT0001:Old.Core.Manager|} Handle({|SSOT0001:Old.Core.Manager|} input) => new New.Core.UnifiedManager();

                public override int Count({|SSOT0001:Old.Core.Manager|} manager) => 0;

                public override object Describe() => new New.Core.UnifiedManager();

                public New.Core.UnifiedManager Extra() => null!;
            }

            public sealed class MyProvider : Api.IProvider
            {
                public {|SSOT0001:Old.Core.Manager|} Provide() => null!;
            }
            """;

        var test = new Verify { TestCode = source, FixedCode = fixedSource };
        test.TestState.AdditionalReferences.Add(Api);
        test.FixedState.AdditionalReferences.Add(Api);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.NumberOfIncrementalIterations = 3;
        await test.RunAsync(CancellationToken.None);
        // The four references pinned by the compiled library stay.
        Assert.Equal((3, 4), await EveryActionCompiles.AssertAsync(source, [Api]));
    }

    [Fact]
    public async Task A_signature_used_by_another_project_changes_with_the_code_there_that_must_agree()
    {
        // The library declares the canonical type, so its public return type is shipped API (SSOT0005): its fix, applied
        // on purpose, changes it; the consumer project's declaration of it cannot convert and changes too, even under Fix
        // All in the library project alone. The routine fix of the body's reference (SSOT0001) is not offered, as it
        // could only compile by changing the shipped signature with it.
        const string library = """
            using System.Collections.Generic;

            namespace Lib
            {
                public static class Store
                {
                    public static List<{|SSOT0005:Old.Core.Manager|}> All() => new List<{|SSOT0001:Old.Core.Manager|}>();
                }
            }
            """;
        const string libraryFixed = """
            using System.Collections.Generic;

            namespace Lib
            {
                public static class Store
                {
                    public static List<New.Core.UnifiedManager> All() => new List<New.Core.UnifiedManager>();
                }
            }
            """;
        const string consumer = """
            using System.Collections.Generic;

            public static class Consumer
            {
                public static int Count()
                {
                    List<{|SSOT0001:Old.Core.Manager|}> all = Lib.Store.All();
                    return all.Count;
                }
            }
            """;
        const string consumerFixed = """
            using System.Collections.Generic;

            public static class Consumer
            {
                public static int Count()
                {
                    List<New.Core.UnifiedManager> all = Lib.Store.All();
                    return all.Count;
                }
            }
            """;
        var test = new Verify
        {
            TestState = { Sources = { FixLibrary.Core, library } },
            FixedState = { Sources = { FixLibrary.Core, libraryFixed } },
            NumberOfIncrementalIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
        };
        test.TestState.AdditionalProjects.Add("App", Verify.Project("App", ["TestProject"], ("/App/Consumer.cs", consumer)));
        test.FixedState.AdditionalProjects.Add("App", Verify.Project("App", ["TestProject"], ("/App/Consumer.cs", consumerFixed)));

        await test.RunAsync(CancellationToken.None);
    }
}
