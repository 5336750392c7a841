using System;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>A generic canonical class (legacy name <c>Old.Ns.Cache`1</c>) gets a generic facade that forwards per instantiation.</summary>
public sealed class GenericFacadeTests
{
    private const string Canonical = """
        using System;
        using System.Collections.Generic;
        using Ssot;

        namespace New.Ns
        {
            [Canonical("Old.Ns.Cache`1")]
            public sealed class Cache<T> where T : class
            {
                private readonly Dictionary<string, T> _items = new();

                public Cache() { }

                public Cache(int capacity) { Capacity = capacity; }

                public int Capacity { get; set; }

                public string Name { get; init; } = "cache";

                public int Count => _items.Count;

                public void Put(string key, T value) => _items[key] = value;

                public bool TryGet(string key, out T? value) => _items.TryGetValue(key, out value);

                public TOut Convert<TOut>(string key, Func<T, TOut> map) => map(_items[key]);

                public static string Describe() => "Cache<" + typeof(T).Name + ">";
            }
        }
        """;

    private const string Source = Canonical + """

        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static string Members()
            {
                var legacy = new Old.Ns.Cache<string>(3);
                legacy.Put("a", "alpha");
                bool found = legacy.TryGet("a", out string? value);
                bool missing = legacy.TryGet("b", out string? none);
                New.Ns.Cache<string> canonical = legacy;
                return legacy.Capacity + "," + found + ":" + value + "," + missing + ":" + (none ?? "<null>") + ","
                    + legacy.Convert("a", s => s.Length) + "," + canonical.Count + "," + Old.Ns.Cache<string>.Describe() + "," + legacy.Name;
            }

            public static object[] Conversions()
            {
                var canonical = new New.Ns.Cache<Uri>();
                Old.Ns.Cache<Uri> first = canonical;
                Old.Ns.Cache<Uri> second = canonical;
                New.Ns.Cache<Uri> back = first;
                return new object[] { canonical, first, second, back };
            }
        }
        """;

    private const string InitSource = Canonical + """

        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static string InitOnly()
            {
                var legacy = new Old.Ns.Cache<string> { Name = "sessions" };
                New.Ns.Cache<string> canonical = legacy;
                return canonical.Name;
            }
        }
        """;

    private static readonly Lazy<ProbeAssembly> Compiled = new(() => ProbeAssembly.Compile(Source));

    [Fact]
    public void Generic_facade_forwards_members_of_its_instantiation()
    {
        Assert.Equal("3,True:alpha,False:<null>,5,1,Cache<String>,cache", Compiled.Value.Call<string>("Members"));
    }

    [Fact]
    public void Generic_facade_converts_both_ways_without_copying()
    {
        object[] results = Compiled.Value.Call<object[]>("Conversions");

        Assert.Same(results[1], results[2]);
        Assert.Same(results[0], results[3]);
        Assert.Equal(Compiled.Value.Type("Old.Ns.Cache`1").MakeGenericType(typeof(Uri)), results[1].GetType());
    }

    [Fact]
    public void Init_property_of_a_generic_canonical_type_is_settable_through_the_legacy_object_initializer()
    {
        Assert.Equal("sessions", ProbeAssembly.Compile(InitSource).Call<string>("InitOnly"));
    }
}
