using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Differential;

/// <summary>
/// The routine format step in a library that renamed a type in place, where a static member of the renamed class is
/// typed as the old name and its value is passed to a method that takes the old type. The member's own signature and
/// the private subclass it returns stay on the old type (the method that takes the value still needs it); the access
/// through the old name moves to the new one, as its value keeps its type. The shape of a registration library's
/// <c>DecorationStrategy.WithType(...)</c> factories.
/// </summary>
public sealed class RoutineFormatFactoryTests
{
    // {0}: the member's accessibility; {1}: the renamed class; {2}: the member; {3}: how the old name reaches it.
    private const string Template = """
        namespace Lib;

        [Ssot.Canonical("Lib.Strategy")]
        public abstract class NewStrategy
        {
        {1}
            private sealed class Impl : Strategy { }
        }

        public static class Api
        {
            public static void Use(Strategy s) { }

            public static void Call() => Use({0}{2});
        }

        """;

    public static TheoryData<string, string> Members => new()
    {
        // An internal static factory method: the finding. The public one already moved and is the control.
        { "internal static Strategy Make() => new Impl();", ".Make()" },
        { "public static Strategy Make() => new Impl();", ".Make()" },
        // The same mechanism through a property, a field and a generic method.
        { "internal static Strategy Current => new Impl();", ".Current" },
        { "internal static readonly Strategy Default = new Impl();", ".Default" },
        { "internal static Strategy Make<T>() => new Impl();", ".Make<int>()" },
    };

    [Theory]
    [MemberData(nameof(Members))]
    public void The_routine_step_moves_a_static_member_access_whose_value_keeps_the_old_type(string member, string access) =>
        // What stays on the old name: the member's type (SSOT0001 when internal, SSOT0005 when public), the private
        // subclass it returns, and the shipped parameter (SSOT0005).
        AssertRoutineStep(Source(member, "Strategy", access), Source(member, "NewStrategy", access), [6, 7, 12]);

    // A concrete sealed class: its shim is a facade, which converts to and from the canonical type.
    private const string FacadeTemplate = """
        namespace Lib;

        [Ssot.Canonical("Lib.Strategy")]
        public sealed class NewStrategy
        {
        {1}
        }

        public static class Api
        {
            public static void Use(Strategy s) { }

            public static void Call() => Use({0}{2});
        }

        """;

    public static TheoryData<string, string> FacadeMembers => new()
    {
        { "internal static Strategy Make() => new NewStrategy();", ".Make()" },
        { "internal static Strategy Current => new NewStrategy();", ".Current" },
        { "internal static readonly Strategy Default = new NewStrategy();", ".Default" },
        { "internal static Strategy Make<T>() => new NewStrategy();", ".Make<int>()" },
    };

    [Theory]
    [MemberData(nameof(FacadeMembers))]
    public void In_a_facade_the_routine_step_moves_the_member_and_its_access_and_the_facade_converts_at_the_call(string member, string access)
    {
        // The member's type can move too: the facade converts the canonical value to the old type the call still takes.
        string moved = member.Replace("static Strategy", "static NewStrategy", System.StringComparison.Ordinal).Replace("readonly Strategy", "readonly NewStrategy", System.StringComparison.Ordinal);
        AssertRoutineStep(Source(FacadeTemplate, member, "Strategy", access), Source(FacadeTemplate, moved, "NewStrategy", access), [11]);
    }

    [Fact]
    public void The_routine_step_moves_a_method_group_reached_through_the_old_name_whose_signature_stays()
    {
        const string member = "internal static Strategy Make() => new Impl();";
        AssertRoutineStep(TakingADelegate(Source(member, "Strategy", ".Make")), TakingADelegate(Source(member, "NewStrategy", ".Make")), [6, 7, 12]);

        static string TakingADelegate(string source) => source.Replace("Use(Strategy s)", "Use(System.Func<Strategy> s)", System.StringComparison.Ordinal);
    }

    /// <summary>
    /// The routine step turns <paramref name="source"/>, which builds and reports the access in <c>Call</c>, into exactly
    /// <paramref name="expected"/>, which builds, with legacy references left on <paramref name="remaining"/> lines only.
    /// </summary>
    private static void AssertRoutineStep(string source, string expected, int[] remaining)
    {
        IReadOnlyList<SourceFile> sources = [new SourceFile("Strategy.cs", source)];
        GeneratorResult before = Build(sources);
        Assert.Empty(BuildCheck.Findings("before", before));
        int call = source.Split('\n').ToList().FindIndex(l => l.Contains("void Call()", System.StringComparison.Ordinal));
        Assert.Contains(before.BuildDiagnostics, d => d.Id == "SSOT0001" && d.Location.GetLineSpan().StartLinePosition.Line == call);

        IReadOnlyList<SourceFile> formatted = FormatRoutine.Apply(sources, Options, before.BuildDiagnostics);
        GeneratorResult after = Build(formatted);

        Assert.Empty(BuildCheck.Findings("after", after));
        Assert.Equal(expected, formatted[0].Text);
        Assert.Equal(remaining, after.BuildDiagnostics.Where(d => d.Id is "SSOT0001" or "SSOT0005").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).Order());
    }

    private static string Source(string member, string receiver, string access) => Source(Template, member, receiver, access);

    private static string Source(string template, string member, string receiver, string access) =>
        template.Replace("{1}", "    " + member, System.StringComparison.Ordinal)
            .Replace("{0}", receiver, System.StringComparison.Ordinal)
            .Replace("{2}", access, System.StringComparison.Ordinal)
            .ReplaceLineEndings("\n");

    private static TestCompilation Options => RenameDifferential.Library(TargetFramework.Net100);

    private static GeneratorResult Build(IReadOnlyList<SourceFile> sources) =>
        GeneratorRunner.Run(RenameDifferential.Compile(sources, Options), Options);
}
