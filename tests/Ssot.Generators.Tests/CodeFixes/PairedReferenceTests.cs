using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Verify = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyReferenceAnalyzer, Ssot.CodeFixes.LegacyReferenceCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// The conversions between a facade and its canonical type do not lift through arrays, type arguments, delegate
/// signatures, <c>ref</c> or operators: references that must agree are fixed by one action (one iteration of the
/// harness, whichever of them it picks first), and the fixed code compiles.
/// </summary>
public sealed class PairedReferenceTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using New.Core;

        """;

    [Fact]
    public Task An_array_declaration_and_its_creation_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            public static int M()
            {
                {|SSOT0001:Old.Core.Manager|}[] a = new {|SSOT0001:Old.Core.Manager|}[0];
                return a.Length;
            }
        }
        """,
        """
        public static class C
        {
            public static int M()
            {
                UnifiedManager[] a = new UnifiedManager[0];
                return a.Length;
            }
        }
        """);

    [Fact]
    public Task A_generic_declaration_and_its_creation_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            public static int M()
            {
                List<{|SSOT0001:Old.Core.Manager|}> l = new List<{|SSOT0001:Old.Core.Manager|}>();
                return l.Count;
            }
        }
        """,
        """
        public static class C
        {
            public static int M()
            {
                List<UnifiedManager> l = new List<UnifiedManager>();
                return l.Count;
            }
        }
        """);

    [Fact]
    public Task A_lambda_parameter_and_the_delegate_type_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            public static int M()
            {
                Func<{|SSOT0001:Old.Core.Manager|}, int> f = ({|SSOT0001:Old.Core.Manager|} w) => w.Count;
                return f(null!);
            }
        }
        """,
        """
        public static class C
        {
            public static int M()
            {
                Func<UnifiedManager, int> f = (UnifiedManager w) => w.Count;
                return f(null!);
            }
        }
        """);

    [Fact]
    public Task A_type_inferred_with_var_reaches_the_statement_that_uses_it() => VerifyInOneAction(
        """
        public static class C
        {
            public static int M()
            {
                var a = new {|SSOT0001:Old.Core.Manager|}[1];
                {|SSOT0001:Old.Core.Manager|}[] b = a;
                return b.Length;
            }
        }
        """,
        """
        public static class C
        {
            public static int M()
            {
                var a = new UnifiedManager[1];
                UnifiedManager[] b = a;
                return b.Length;
            }
        }
        """);

    [Fact]
    public Task A_returned_value_and_the_return_type_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            public static List<{|SSOT0001:Old.Core.Manager|}> Make()
            {
                return new List<{|SSOT0001:Old.Core.Manager|}>();
            }
        }
        """,
        """
        public static class C
        {
            public static List<UnifiedManager> Make()
            {
                return new List<UnifiedManager>();
            }
        }
        """);

    [Fact]
    public Task A_ref_argument_and_the_parameter_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            private static void Reset(ref {|SSOT0001:Old.Core.Manager|} manager) => manager = null!;

            public static int M()
            {
                {|SSOT0001:Old.Core.Manager|} local = new {|SSOT0001:Old.Core.Manager|}();
                Reset(ref local);
                return local.Count;
            }
        }
        """,
        """
        public static class C
        {
            private static void Reset(ref UnifiedManager manager) => manager = null!;

            public static int M()
            {
                UnifiedManager local = new UnifiedManager();
                Reset(ref local);
                return local.Count;
            }
        }
        """);

    [Fact]
    public Task A_lambda_argument_and_the_parameter_it_is_passed_to_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            private static int Apply(Func<{|SSOT0001:Old.Core.Manager|}, int> f) => f(null!);

            public static int M() => Apply(({|SSOT0001:Old.Core.Manager|} w) => w.Count);
        }
        """,
        """
        public static class C
        {
            private static int Apply(Func<UnifiedManager, int> f) => f(null!);

            public static int M() => Apply((UnifiedManager w) => w.Count);
        }
        """);

    [Fact]
    public Task Operands_of_an_equality_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            public static bool M()
            {
                {|SSOT0001:Old.Core.Manager|} a = null!;
                {|SSOT0001:Old.Core.Manager|} b = null!;
                return a == b;
            }
        }
        """,
        """
        public static class C
        {
            public static bool M()
            {
                UnifiedManager a = null!;
                UnifiedManager b = null!;
                return a == b;
            }
        }
        """);

    [Fact]
    public Task A_method_group_and_the_delegate_type_it_converts_to_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            private static {|SSOT0001:Old.Core.Manager|} Factory() => null!;

            public static object M()
            {
                Func<{|SSOT0001:Old.Core.Manager|}> f = Factory;
                return f();
            }
        }
        """,
        """
        public static class C
        {
            private static UnifiedManager Factory() => null!;

            public static object M()
            {
                Func<UnifiedManager> f = Factory;
                return f();
            }
        }
        """);

    [Fact]
    public async Task A_base_type_changes_with_the_conversions_that_rely_on_it_in_other_documents()
    {
        // MyJob stops being an Old.Core.JobBase (the subclass shim) when its base list names the canonical type.
        const string job = """
            public sealed class MyJob : {|SSOT0001:Old.Core.JobBase|}
            {
                public override int Run() => 0;
            }
            """;
        const string jobFixed = """
            public sealed class MyJob : New.Core.Job
            {
                public override int Run() => 0;
            }
            """;
        const string runner = """
            public static class Runner
            {
                public static int Go()
                {
                    {|SSOT0001:Old.Core.JobBase|} job = new MyJob();
                    return job.Run();
                }
            }
            """;
        const string runnerFixed = """
            public static class Runner
            {
                public static int Go()
                {
                    New.Core.Job job = new MyJob();
                    return job.Run();
                }
            }
            """;
        Verify test = Verify.Create(job, jobFixed, FixLibrary.Core);
        test.TestState.Sources.Add(runner);
        test.FixedState.Sources.Add(runnerFixed);
        test.NumberOfIncrementalIterations = 1;
        await test.RunAsync(CancellationToken.None);
        Assert.Equal((2, 0), await EveryActionCompiles.AssertAsync(job + "\n" + runner, FixLibrary.Core));
    }

    [Fact]
    public Task A_property_or_field_type_and_its_initializer_change_together() => VerifyInOneAction(
        """
        public sealed class C
        {
            public List<{|SSOT0001:Old.Core.Manager|}> Items { get; } = new List<{|SSOT0001:Old.Core.Manager|}>();
        }
        """,
        """
        public sealed class C
        {
            public List<UnifiedManager> Items { get; } = new List<UnifiedManager>();
        }
        """);

    [Fact]
    public Task An_out_argument_declared_in_the_call_and_the_out_parameter_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            private static bool TryGet(out {|SSOT0001:Old.Core.Manager|} manager)
            {
                manager = null!;
                return false;
            }

            public static bool M() => TryGet(out {|SSOT0001:Old.Core.Manager|} found) && found is null;
        }
        """,
        """
        public static class C
        {
            private static bool TryGet(out UnifiedManager manager)
            {
                manager = null!;
                return false;
            }

            public static bool M() => TryGet(out UnifiedManager found) && found is null;
        }
        """);

    [Fact]
    public Task A_type_argument_inferred_from_two_arguments_changes_with_both() => VerifyInOneAction(
        """
        public static class C
        {
            private static T Pick<T>(T first, T second) => first;

            public static object M()
            {
                {|SSOT0001:Old.Core.Manager|} known = null!;
                return Pick(new {|SSOT0001:Old.Core.Manager|}(), known);
            }
        }
        """,
        """
        public static class C
        {
            private static T Pick<T>(T first, T second) => first;

            public static object M()
            {
                UnifiedManager known = null!;
                return Pick(new UnifiedManager(), known);
            }
        }
        """);

    [Fact]
    public Task A_value_returned_from_a_lambda_block_changes_with_the_delegate_type() => VerifyInOneAction(
        """
        public static class C
        {
            public static int M()
            {
                Func<List<{|SSOT0001:Old.Core.Manager|}>> make = () =>
                {
                    return new List<{|SSOT0001:Old.Core.Manager|}>();
                };
                return make().Count;
            }
        }
        """,
        """
        public static class C
        {
            public static int M()
            {
                Func<List<UnifiedManager>> make = () =>
                {
                    return new List<UnifiedManager>();
                };
                return make().Count;
            }
        }
        """);

    [Fact]
    public Task Generic_facades_nested_in_each_other_change_together() => VerifyInOneAction(
        """
        public static class C
        {
            public static int M()
            {
                {|SSOT0001:Old.Core.Repo<{|SSOT0001:Old.Core.Manager|}>|}[] repos = new {|SSOT0001:Old.Core.Repo<{|SSOT0001:Old.Core.Manager|}>|}[1];
                return repos.Length;
            }
        }
        """,
        """
        public static class C
        {
            public static int M()
            {
                Repo<UnifiedManager>[] repos = new Repo<UnifiedManager>[1];
                return repos.Length;
            }
        }
        """);

    [Fact]
    public async Task References_that_do_not_have_to_agree_are_fixed_one_at_a_time()
    {
        // The facade converts to and from the canonical type, so each of these compiles alone: no action takes more than it must.
        const string source = Usings + """
            public static class C
            {
                public static int M()
                {
                    {|SSOT0001:Old.Core.Manager|} a = new New.Core.UnifiedManager();
                    UnifiedManager b = new {|SSOT0001:Old.Core.Manager|}();
                    return a.Count + b.Count + {|SSOT0001:Old.Core.Manager|}.Create().Count;
                }
            }
            """;
        Verify test = Verify.Create(
            source,
            Usings + """
            public static class C
            {
                public static int M()
                {
                    UnifiedManager a = new New.Core.UnifiedManager();
                    UnifiedManager b = new UnifiedManager();
                    return a.Count + b.Count + UnifiedManager.Create().Count;
                }
            }
            """,
            FixLibrary.Core);
        test.NumberOfIncrementalIterations = 3;

        await test.RunAsync(CancellationToken.None);
        Assert.Equal((3, 0), await EveryActionCompiles.AssertAsync(source, FixLibrary.Core));
    }

    /// <summary>
    /// Fixes with the usual imports around: one action fixes everything, and the fix of each reference, applied alone
    /// to the original, compiles.
    /// </summary>
    private static async Task VerifyInOneAction(string source, string fixedSource)
    {
        Verify test = Verify.Create(Usings + source, Usings + fixedSource, FixLibrary.Core);
        test.NumberOfIncrementalIterations = 1;
        await test.RunAsync(CancellationToken.None);

        (int offered, int left) = await EveryActionCompiles.AssertAsync(Usings + source, FixLibrary.Core);
        Assert.Equal(0, left);
        Assert.Equal(System.Text.RegularExpressions.Regex.Matches(source, "SSOT0001").Count, offered);
    }
}
