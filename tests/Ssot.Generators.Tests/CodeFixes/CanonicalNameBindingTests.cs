using System.Threading.Tasks;
using Xunit;
using Verify = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyReferenceAnalyzer, Ssot.CodeFixes.LegacyReferenceCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// The name a fix writes binds to the canonical type where it is written: the shortest name that does, and
/// <c>global::</c> where every shorter one binds to something else. The harness compiles every fixed state.
/// </summary>
public sealed class CanonicalNameBindingTests
{
    [Fact]
    public async Task A_nested_namespace_of_the_same_name_keeps_global_qualification()
    {
        const string source = """
            namespace U14 { namespace Netra { public class Unrelated { } } public class C { public {|SSOT0001:global::Old.Ns.WebSocketManager|} M() => null!; } }
            """;
        const string fixedSource = """
            namespace U14 { namespace Netra { public class Unrelated { } } public class C { public global::Netra.Core.UnifiedWebSocketManager M() => null!; } }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Netra);
    }

    [Fact]
    public async Task A_nested_namespace_of_the_same_name_gets_global_qualification_added()
    {
        const string source = """
            namespace U14 { namespace Netra { public class Unrelated { } } public class C { public {|SSOT0001:Old.Ns.WebSocketManager|} M() => null!; } }
            """;
        const string fixedSource = """
            namespace U14 { namespace Netra { public class Unrelated { } } public class C { public global::Netra.Core.UnifiedWebSocketManager M() => null!; } }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Netra);
    }

    [Fact]
    public async Task The_legacy_alias_is_never_written_for_the_canonical_type()
    {
        // The generator's 'global using WebSocketManager = ...UnifiedWebSocketManager;' binds, but it is the name being retired.
        const string source = """
            public class C { public {|SSOT0001:Old.Ns.WebSocketManager|} M() => null!; }
            """;
        const string fixedSource = """
            public class C { public Netra.Core.UnifiedWebSocketManager M() => null!; }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Netra);
    }

    [Fact]
    public async Task A_type_parameter_that_shadows_the_simple_name_forces_qualification()
    {
        const string source = """
            using New.Core;

            public class C<UnifiedManager>
            {
                public object M() => new {|SSOT0001:Old.Core.Manager|}();
            }
            """;
        const string fixedSource = """
            using New.Core;

            public class C<UnifiedManager>
            {
                public object M() => new New.Core.UnifiedManager();
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Fact]
    public async Task A_member_of_the_simple_name_forces_qualification_in_an_expression()
    {
        const string source = """
            using New.Core;

            public class C
            {
                public string UnifiedManager => "";

                public object M() => {|SSOT0001:Old.Core.Manager|}.Create();
            }
            """;
        const string fixedSource = """
            using New.Core;

            public class C
            {
                public string UnifiedManager => "";

                public object M() => New.Core.UnifiedManager.Create();
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Fact]
    public async Task Inside_the_legacy_namespace_the_simple_legacy_name_is_replaced_by_a_name_that_binds()
    {
        const string source = """
            namespace Old.Core
            {
                public class Holder
                {
                    public {|SSOT0001:Manager|} Current { get; set; } = null!;
                }
            }
            """;
        const string fixedSource = """
            namespace Old.Core
            {
                public class Holder
                {
                    public New.Core.UnifiedManager Current { get; set; } = null!;
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Fact]
    public async Task Generic_legacy_names_keep_their_type_arguments_and_nested_legacy_arguments_are_fixed_too()
    {
        const string source = """
            using New.Core;

            public class C
            {
                public object A() => typeof({|SSOT0001:Old.Core.Repo<int>|});

                public object B() => new {|SSOT0001:Old.Core.Repo<{|SSOT0001:Old.Core.Manager|}>|}();
            }
            """;
        const string fixedSource = """
            using New.Core;

            public class C
            {
                public object A() => typeof(Repo<int>);

                public object B() => new Repo<UnifiedManager>();
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Fact]
    public async Task An_attribute_is_written_without_its_suffix()
    {
        const string source = """
            using New.Core;

            [{|SSOT0001:Old.Core.MarkerAttribute|}]
            public class C
            {
                [{|SSOT0001:Old.Core.Marker|}]
                public void M() { }
            }
            """;
        const string fixedSource = """
            using New.Core;

            [Tag]
            public class C
            {
                [Tag]
                public void M() { }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Fact]
    public async Task Every_position_of_a_type_name_binds_to_the_canonical_type()
    {
        const string source = """
            using static {|SSOT0001:Old.Core.Helpers|};

            namespace Consumer
            {
                using New.Core;

                /// <summary>Uses <see cref="{|SSOT0001:Old.Core.Manager|}"/> and <see cref="{|SSOT0001:Old.Core.Repo{T}|}"/>.</summary>
                public sealed class Uses : {|SSOT0001:Old.Core.IService|}
                {
                    public int Id => Twice(1);

                    public string Name() => nameof({|SSOT0001:Old.Core.Manager|});

                    public object Kind() => typeof({|SSOT0001:Old.Core.Manager|});

                    public object Cast(object input) => ({|SSOT0001:Old.Core.Manager|})input;

                    public bool Is(object input) => input is {|SSOT0001:Old.Core.Manager|} { Count: 0 };

                    public int Switch(object input) => input switch { {|SSOT0001:Old.Core.Manager|} m => m.Count, _ => 0 };

                    public int Array({|SSOT0001:Old.Core.Manager|}[] input) => input.Length;

                    public int Tuple(({|SSOT0001:Old.Core.Manager|} Item, int Count) input) => input.Count;
                }
            }
            """;
        const string fixedSource = """
            using static New.Core.Helpers;

            namespace Consumer
            {
                using New.Core;

                /// <summary>Uses <see cref="UnifiedManager"/> and <see cref="Repo{T}"/>.</summary>
                public sealed class Uses : IService
                {
                    public int Id => Twice(1);

                    public string Name() => nameof(UnifiedManager);

                    public object Kind() => typeof(UnifiedManager);

                    public object Cast(object input) => (UnifiedManager)input;

                    public bool Is(object input) => input is UnifiedManager { Count: 0 };

                    public int Switch(object input) => input switch { UnifiedManager m => m.Count, _ => 0 };

                    public int Array(UnifiedManager[] input) => input.Length;

                    public int Tuple((UnifiedManager Item, int Count) input) => input.Count;
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Fact]
    public async Task A_nullable_legacy_type_is_rewritten_inside_its_question_mark()
    {
        // The compiler's own report of 'Old?' spans the '?'; the suppressor removes it, so the analyzer's report is the
        // only one.
        const string source = """
            using New.Core;

            public class C
            {
                public int M({|SSOT0001:Old.Core.Manager|}? input) => input?.Count ?? 0;
            }
            """;
        const string fixedSource = """
            using New.Core;

            public class C
            {
                public int M(UnifiedManager? input) => input?.Count ?? 0;
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
    }

    [Fact]
    public async Task Patterns_default_as_type_arguments_constraints_and_static_members_bind_to_the_canonical_type()
    {
        const string source = """
            using New.Core;

            public static class C
            {
                public static int Switch(object input)
                {
                    switch (input)
                    {
                        case {|SSOT0001:Old.Core.Manager|} m:
                            return m.Count;
                        case {|SSOT0001:Old.Core.Repo<int>|}:
                            return 1;
                        default:
                            return 0;
                    }
                }

                public static object? As(object input) => input as {|SSOT0001:Old.Core.Manager|};

                public static object? Default() => default({|SSOT0001:Old.Core.Manager|});

                public static T Make<T>() where T : {|SSOT0001:Old.Core.IService|} => default!;

                public static object Generic() => Make<{|SSOT0001:Old.Core.IService|}>();

                public static int Twice() => {|SSOT0001:Old.Core.Helpers|}.Twice(2);
            }
            """;
        const string fixedSource = """
            using New.Core;

            public static class C
            {
                public static int Switch(object input)
                {
                    switch (input)
                    {
                        case UnifiedManager m:
                            return m.Count;
                        case Repo<int>:
                            return 1;
                        default:
                            return 0;
                    }
                }

                public static object? As(object input) => input as UnifiedManager;

                public static object? Default() => default(UnifiedManager);

                public static T Make<T>() where T : IService => default!;

                public static object Generic() => Make<IService>();

                public static int Twice() => Helpers.Twice(2);
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, FixLibrary.Core);
        Assert.Equal(0, (await EveryActionCompiles.AssertAsync(source, FixLibrary.Core)).LeftByFixAll);
    }
}
