using System;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>A canonical struct gets a struct facade that holds the value itself, so mutating members mutate it.</summary>
public sealed class StructFacadeTests
{
    private const string Source = """
        using System;
        using Ssot;

        namespace New.Ns
        {
            public interface IReading { int Read(); }

            [Canonical("Old.Ns.Counter")]
            public struct Counter : IReading, IEquatable<Counter>
            {
                public Counter(int start) { Value = start; }

                public Counter(int start, int step) { Value = start; Step = step; }

                public int Value { get; set; }

                public int Step { get; init; }

                public int this[int offset] => Value + offset;

                public void Increment() => Value += Step == 0 ? 1 : Step;

                public int Add(int amount)
                {
                    Value += amount;
                    return Value;
                }

                public readonly int Doubled() => Value * 2;

                public void Reset(out int previous)
                {
                    previous = Value;
                    Value = 0;
                }

                public static Counter Zero => default;

                public int Read() => Value;

                public bool Equals(Counter other) => other.Value == Value;

                public override bool Equals(object? obj) => obj is Counter other && Equals(other);

                public override int GetHashCode() => Value;

                public override string ToString() => "Counter:" + Value;
            }

            [Canonical("Old.Ns.Seeded")]
            public struct Seeded
            {
                public Seeded() { Value = 100; }

                public Seeded(int value) { Value = value; }

                public int Value { get; set; }
            }
        }

        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static string MutatingMethods()
            {
                var legacy = new Old.Ns.Counter(5);
                legacy.Increment();
                legacy.Increment();
                int afterAdd = legacy.Add(10);
                return legacy.Value + "," + afterAdd + "," + legacy.Doubled() + "," + legacy[1];
            }

            public static string OutAndReset()
            {
                var legacy = new Old.Ns.Counter(9);
                legacy.Reset(out int previous);
                return previous + "," + legacy.Value;
            }

            public static string PropertySetAndInit()
            {
                var legacy = new Old.Ns.Counter(1) { Step = 5 };
                legacy.Value = 20;
                legacy.Increment();
                return legacy.Value + "," + legacy.Step;
            }

            public static string DefaultFacade()
            {
                Old.Ns.Counter legacy = default;
                legacy.Increment();
                return legacy.Value + "," + legacy;
            }

            public static string Conversions()
            {
                var legacy = new Old.Ns.Counter(3);
                legacy.Increment();
                New.Ns.Counter canonical = legacy;
                canonical.Increment();
                Old.Ns.Counter back = canonical;
                return canonical.Value + "," + legacy.Value + "," + back.Value;
            }

            public static string InterfaceAndEquality()
            {
                var legacy = new Old.Ns.Counter(7);
                New.Ns.IReading reading = legacy;
                return reading.Read() + "," + legacy.Equals(new Old.Ns.Counter(7)) + "," + legacy.Equals(new Old.Ns.Counter(8)) + "," + legacy.GetHashCode() + "," + legacy.ToString();
            }

            public static string StaticMember()
            {
                New.Ns.Counter zero = Old.Ns.Counter.Zero;
                return zero.Value.ToString();
            }

            public static string ParameterlessConstructor()
            {
                var legacy = new Old.Ns.Seeded();
                return legacy.Value + "," + new New.Ns.Seeded().Value;
            }
        }
        """;

    private static readonly Lazy<ProbeAssembly> Compiled = new(() => ProbeAssembly.Compile(Source));

    private static ProbeAssembly Probe => Compiled.Value;

    [Fact]
    public void Shim_of_a_struct_is_a_struct()
    {
        Assert.True(Probe.Type("Old.Ns.Counter").IsValueType);
    }

    [Fact]
    public void Mutating_methods_mutate_the_held_value()
    {
        Assert.Equal("17,17,34,18", Probe.Call<string>("MutatingMethods"));
    }

    [Fact]
    public void Out_parameter_and_mutation_in_one_call()
    {
        Assert.Equal("9,0", Probe.Call<string>("OutAndReset"));
    }

    [Fact]
    public void Property_setter_and_init_accessor_mutate_the_held_value()
    {
        Assert.Equal("25,5", Probe.Call<string>("PropertySetAndInit"));
    }

    [Fact]
    public void Default_facade_wraps_the_default_value()
    {
        Assert.Equal("1,Counter:1", Probe.Call<string>("DefaultFacade"));
    }

    [Fact]
    public void Conversions_copy_the_value_like_any_struct_assignment()
    {
        Assert.Equal("5,4,5", Probe.Call<string>("Conversions"));
    }

    [Fact]
    public void Interfaces_and_equality_forward_to_the_held_value()
    {
        Assert.Equal("7,True,False,7,Counter:7", Probe.Call<string>("InterfaceAndEquality"));
    }

    [Fact]
    public void Static_members_forward_to_the_canonical_struct()
    {
        Assert.Equal("0", Probe.Call<string>("StaticMember"));
    }

    [Fact]
    public void Explicit_parameterless_constructor_of_the_canonical_struct_runs_for_new_legacy()
    {
        Assert.Equal("100,100", Probe.Call<string>("ParameterlessConstructor"));
    }
}
