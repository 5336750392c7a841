using System;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// One facade per canonical instance, whatever the order of construction and conversion: a canonical constructor that
/// hands out <c>this</c> as the legacy type (a class renamed in place registers itself the way it always did) gets the
/// very facade <c>new</c> returns, on targets with the runtime's accessor (.NET 8 and later) and on those that reach the
/// constructor by reflection (netstandard2.0); concurrent conversions agree on one facade.
/// </summary>
public sealed class FacadeIdentityTests
{
    private const string Source = """
        using System.Collections.Generic;

        namespace Old.Ns
        {
            [Ssot.Canonical("Old.Ns.Widget")]
            public sealed class UnifiedWidget
            {
                public UnifiedWidget(int depth, bool registerFirst = true)
                {
                    if (depth < 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(depth), "no negative depth");
                    }

                    Depth = depth;
                    if (registerFirst)
                    {
                        Registry.Register(this);
                    }

                    // A canonical instance made inside the constructor registers itself too.
                    Child = depth > 0 ? new UnifiedWidget(depth - 1, registerFirst) : null;
                    if (!registerFirst)
                    {
                        Registry.Register(this);
                    }
                }

                public UnifiedWidget(int seed, out int doubled, ref int counter)
                {
                    Depth = seed;
                    doubled = seed * 2;
                    counter++;
                    Registry.Register(this);
                }

                public int Depth { get; }

                public UnifiedWidget? Child { get; }
            }

            public static class Registry
            {
                public static readonly List<Widget> All = new List<Widget>();

                // In the old library this took the old class: after the rename in place it names the shim.
                public static void Register(Widget widget) => All.Add(widget);
            }
        }

        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static string OuterThenChildren(bool registerFirst)
            {
                Old.Ns.Registry.All.Clear();
                var widget = new Old.Ns.Widget(2, registerFirst);
                Old.Ns.UnifiedWidget canonical = widget;
                Old.Ns.Widget child = canonical.Child!;
                Old.Ns.Widget grandChild = canonical.Child!.Child!;
                return string.Join(",", Old.Ns.Registry.All.Count,
                    Old.Ns.Registry.All.IndexOf(widget), Old.Ns.Registry.All.IndexOf(child), Old.Ns.Registry.All.IndexOf(grandChild),
                    object.ReferenceEquals((Old.Ns.Widget)canonical, widget));
            }

            public static string ThrowingConstructor()
            {
                try
                {
                    new Old.Ns.Widget(-1);
                    return "no exception";
                }
                catch (System.Exception exception)
                {
                    return exception.GetType().Name + ": " + ((System.ArgumentOutOfRangeException)exception).ParamName;
                }
            }

            public static string OutAndRefParameters()
            {
                Old.Ns.Registry.All.Clear();
                int counter = 5;
                var widget = new Old.Ns.Widget(21, out int doubled, ref counter);
                return doubled + "," + counter + "," + object.ReferenceEquals(Old.Ns.Registry.All[0], widget);
            }

            public static bool ConcurrentConversionsAgree()
            {
                for (int round = 0; round < 50; round++)
                {
                    var canonical = new Old.Ns.UnifiedWidget(0);
                    var seen = new Old.Ns.Widget[8];
                    System.Threading.Tasks.Parallel.For(0, seen.Length, i => seen[i] = canonical);
                    foreach (Old.Ns.Widget facade in seen)
                    {
                        if (!object.ReferenceEquals(facade, seen[0]) || !object.ReferenceEquals(facade, (Old.Ns.Widget)canonical))
                        {
                            return false;
                        }
                    }
                }

                return true;
            }
        }
        """;

    public static TheoryData<TargetFramework> Targets => [TargetFramework.Net100, TargetFramework.NetStandard20];

    private static ProbeAssembly Compile(TargetFramework target) =>
        ProbeAssembly.Compile(Source, new TestCompilation { Framework = target, WithDependencyInjection = false });

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_constructor_that_registers_this_as_the_legacy_type_registers_the_facade_new_returns(TargetFramework target)
    {
        ProbeAssembly probe = Compile(target);

        // Registered: the outer widget first, then its child and grandchild; converting back gives the same facade.
        Assert.Equal("3,0,1,2,True", probe.Call("OuterThenChildren", true));

        // Children made before the outer constructor registers itself: each still gets its own facade.
        Assert.Equal("3,2,1,0,True", probe.Call("OuterThenChildren", false));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_throwing_constructor_throws_what_it_threw(TargetFramework target)
    {
        Assert.Equal("ArgumentOutOfRangeException: depth", Compile(target).Call("ThrowingConstructor"));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Out_and_ref_parameters_come_back_from_the_canonical_constructor(TargetFramework target)
    {
        Assert.Equal("42,6,True", Compile(target).Call("OutAndRefParameters"));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Conversions_on_many_threads_agree_on_one_facade(TargetFramework target)
    {
        Assert.Equal(true, Compile(target).Call("ConcurrentConversionsAgree"));
    }

    [Fact]
    public void The_netstandard_facade_reaches_the_constructor_by_reflection_and_the_net_facade_through_the_runtime_accessor()
    {
        Assert.Contains("GetConstructor(", Shim(TargetFramework.NetStandard20), StringComparison.Ordinal);
        Assert.Contains("UnsafeAccessorKind.Method, Name = \".ctor\"", Shim(TargetFramework.Net100), StringComparison.Ordinal);
    }

    private static string Shim(TargetFramework target) =>
        Compile(target).Result!.Source("Ssot.Shim.Old.Ns.Widget.g.cs");
}
