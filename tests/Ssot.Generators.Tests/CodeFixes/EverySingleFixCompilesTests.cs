using System.Threading.Tasks;
using Xunit;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// Forms where a rewritten type flows into code that needs that very type (conditionals, events, deconstruction,
/// constraints, indexers, interfaces with type arguments, local functions, inferred arrays, ref locals, partial base
/// lists, foreach, iterators, records, collections, patterns, method groups): every fix is offered, each compiles
/// alone, and Fix All leaves nothing.
/// </summary>
public sealed class EverySingleFixCompilesTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing New.Core;\n";

    [Theory]
    [InlineData("public static class C { public static object M(bool c) { var x = c ? new Old.Core.Manager() : default(Old.Core.Manager); return x!; } }")]
    [InlineData("public sealed class C { public event Action<Old.Core.Manager>? Changed; public void Raise() => Changed?.Invoke(new Old.Core.Manager()); }")]
    [InlineData("public static class C { public static int M() { var (a, b) = (new Old.Core.Manager(), 1); return a.Count + b; } }")]
    [InlineData("public sealed class Impl : Old.Core.IService { public int Id => 0; } public static class C { static T Make<T>() where T : Old.Core.IService, new() => new T(); public static object M() => Make<Impl>(); }")]
    [InlineData("public abstract class B { public abstract Old.Core.Manager this[int i] { get; } } public sealed class D : B { public override Old.Core.Manager this[int i] => null!; }")]
    [InlineData("public interface IHas { Old.Core.Manager Value { get; } } public sealed class Has : IHas { public Old.Core.Manager Value => null!; }")]
    [InlineData("public interface IGet<T> { T Get(); } public sealed class G : IGet<Old.Core.Manager> { public Old.Core.Manager Get() => null!; }")]
    [InlineData("public static class C { public static int M() { Old.Core.Manager Local() => new Old.Core.Manager(); var y = Local(); return y.Count; } }")]
    [InlineData("public static class C { public static int M() { var arr = new[] { new Old.Core.Manager(), new Old.Core.Manager() }; Old.Core.Manager[] other = arr; return other.Length; } }")]
    [InlineData("public static class C { public static int M() { Old.Core.Manager[] arr = new Old.Core.Manager[1]; ref Old.Core.Manager r = ref arr[0]; return r is null ? 0 : 1; } }")]
    [InlineData("public partial class P : Old.Core.JobBase { public override int Run() => 0; } public partial class P : Old.Core.JobBase { }")]
    [InlineData("public static class C { public static int M(List<Old.Core.Manager> list) { int n = 0; foreach (Old.Core.Manager m in list) { n += m.Count; } return n; } public static int N() => M(new List<Old.Core.Manager>()); }")]
    [InlineData("public static class C { public static IEnumerable<Old.Core.Manager> Items() { yield return new Old.Core.Manager(); } public static List<Old.Core.Manager> All() => new List<Old.Core.Manager>(Items()); }")]
    [InlineData("public record R(Old.Core.Manager Manager); public static class C { public static Old.Core.Manager M(R r) => r.Manager; }")]
    [InlineData("public static class C { public static int M() { Dictionary<string, Old.Core.Manager> d = new(); d[\"a\"] = new Old.Core.Manager(); return d.Count; } }")]
    [InlineData("public static class C { public static int M() { List<Old.Core.Manager> l = new(); l.Add(new Old.Core.Manager()); return l.Count; } }")]
    [InlineData("public static class C { public static Old.Core.Manager? F; public static List<Old.Core.Manager> G = new List<Old.Core.Manager> { F! }; }")]
    [InlineData("public static class C { public static int M(object o) => o switch { Old.Core.Manager { Count: > 0 } m => m.Count, Old.Core.Repo<int> r => r.Count, _ => 0 }; }")]
    [InlineData("public static class C { public static Func<Old.Core.Manager> F = Old.Core.Manager.Create; }")]
    public async Task Every_single_fix_compiles(string code)
    {
        (int offered, int left) = await EveryActionCompiles.AssertAsync(Usings + code, FixLibrary.Core);
        Assert.Equal(System.Text.RegularExpressions.Regex.Matches(code, @"Old\.Core\.").Count, offered);
        Assert.Equal(0, left);
    }
}
