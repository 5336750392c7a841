using System;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// The facade and the canonical type convert into each other without copying: one canonical instance, one facade for it,
/// so old and new code that pass the object back and forth always see the same state.
/// </summary>
public sealed class FacadeConversionTests
{
    private const string Source = """
        using Ssot;

        namespace New.Ns
        {
            [Canonical("Old.Ns.WebSocketManager")]
            public sealed class UnifiedWebSocketManager
            {
                public UnifiedWebSocketManager() { }

                public UnifiedWebSocketManager(int capacity) { Capacity = capacity; }

                public int Capacity { get; set; }
            }

            public static class NewApi
            {
                public static int CapacityOf(UnifiedWebSocketManager manager) => manager.Capacity;

                public static UnifiedWebSocketManager Shared { get; } = new UnifiedWebSocketManager(5);
            }
        }

        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static object[] LegacyToCanonical()
            {
                var legacy = new Old.Ns.WebSocketManager(3);
                New.Ns.UnifiedWebSocketManager first = legacy;
                New.Ns.UnifiedWebSocketManager second = legacy;
                return new object[] { legacy, first, second };
            }

            public static string LegacyToCanonicalSharesState()
            {
                var legacy = new Old.Ns.WebSocketManager(3);
                New.Ns.UnifiedWebSocketManager canonical = legacy;
                canonical.Capacity = 11;
                int seenByLegacy = legacy.Capacity;
                legacy.Capacity = 12;
                return seenByLegacy + "," + canonical.Capacity + "," + New.Ns.NewApi.CapacityOf(legacy);
            }

            public static object[] CanonicalToLegacy()
            {
                var canonical = new New.Ns.UnifiedWebSocketManager(4);
                Old.Ns.WebSocketManager first = canonical;
                Old.Ns.WebSocketManager second = canonical;
                Old.Ns.WebSocketManager other = new New.Ns.UnifiedWebSocketManager(4);
                return new object[] { canonical, first, second, other, (New.Ns.UnifiedWebSocketManager)first };
            }

            public static object[] RoundTripFromLegacy()
            {
                var legacy = new Old.Ns.WebSocketManager();
                New.Ns.UnifiedWebSocketManager canonical = legacy;
                Old.Ns.WebSocketManager back = canonical;
                return new object[] { legacy, back };
            }

            public static object[] LegacyApiReceivesSharedCanonical()
            {
                Old.Ns.WebSocketManager legacy = New.Ns.NewApi.Shared;
                legacy.Capacity = 8;
                return new object[] { New.Ns.NewApi.Shared.Capacity, (New.Ns.UnifiedWebSocketManager)legacy, New.Ns.NewApi.Shared };
            }

            public static object?[] Nulls()
            {
                Old.Ns.WebSocketManager? noLegacy = null;
                New.Ns.UnifiedWebSocketManager? noCanonical = null;
                New.Ns.UnifiedWebSocketManager? fromLegacy = noLegacy;
                Old.Ns.WebSocketManager? fromCanonical = noCanonical;
                return new object?[] { fromLegacy, fromCanonical };
            }
        }
        """;

    /// <summary>A copy constructor has the signature the facade's own wrapping constructor would have.</summary>
    private const string CopyConstructorSource = """
        using Ssot;

        namespace New.Ns
        {
            [Canonical("Old.Ns.Settings")]
            public sealed class Settings
            {
                public Settings() { }

                public Settings(Settings other) { Value = other.Value + "-copy"; }

                public string Value { get; set; } = "original";
            }
        }

        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static object[] ConversionWraps()
            {
                var canonical = new New.Ns.Settings();
                Old.Ns.Settings legacy = canonical;
                return new object[] { canonical, (New.Ns.Settings)legacy, legacy.Value };
            }

            public static object[] CopyConstructorCopies()
            {
                var canonical = new New.Ns.Settings();
                var legacy = new Old.Ns.Settings(canonical);
                return new object[] { canonical, (New.Ns.Settings)legacy, legacy.Value };
            }
        }
        """;

    private static readonly Lazy<ProbeAssembly> Compiled = new(() => ProbeAssembly.Compile(Source));

    private static readonly Lazy<ProbeAssembly> CopyConstructor = new(() => ProbeAssembly.Compile(CopyConstructorSource));

    private static ProbeAssembly Probe => Compiled.Value;

    [Fact]
    public void Legacy_converted_to_canonical_is_the_very_instance_it_wraps()
    {
        object[] results = Probe.Call<object[]>("LegacyToCanonical");

        Assert.IsType(Probe.Type("Old.Ns.WebSocketManager"), results[0]);
        Assert.IsType(Probe.Type("New.Ns.UnifiedWebSocketManager"), results[1]);
        Assert.Same(results[1], results[2]);
    }

    [Fact]
    public void Legacy_and_converted_canonical_share_state_both_ways()
    {
        Assert.Equal("11,12,12", Probe.Call<string>("LegacyToCanonicalSharesState"));
    }

    [Fact]
    public void Canonical_converted_to_legacy_twice_gives_the_same_facade()
    {
        object[] results = Probe.Call<object[]>("CanonicalToLegacy");

        Assert.IsType(Probe.Type("Old.Ns.WebSocketManager"), results[1]);
        Assert.Same(results[1], results[2]);
        Assert.NotSame(results[1], results[3]);
        Assert.Same(results[0], results[4]);
    }

    [Fact]
    public void Facade_created_with_new_comes_back_from_converting_its_canonical_instance()
    {
        object[] results = Probe.Call<object[]>("RoundTripFromLegacy");

        Assert.Same(results[0], results[1]);
    }

    [Fact]
    public void Canonical_instance_handed_to_legacy_code_is_changed_in_place()
    {
        object[] results = Probe.Call<object[]>("LegacyApiReceivesSharedCanonical");

        Assert.Equal(8, results[0]);
        Assert.Same(results[2], results[1]);
    }

    [Fact]
    public void Null_converts_to_null_both_ways()
    {
        object?[] results = Probe.Call<object?[]>("Nulls");

        Assert.Equal(new object?[] { null, null }, results);
    }

    [Fact]
    public void Conversion_wraps_the_instance_even_when_the_canonical_type_has_a_copy_constructor()
    {
        object[] results = CopyConstructor.Value.Call<object[]>("ConversionWraps");

        Assert.Same(results[0], results[1]);
        Assert.Equal("original", results[2]);
    }

    [Fact]
    public void Mirrored_copy_constructor_still_copies()
    {
        object[] results = CopyConstructor.Value.Call<object[]>("CopyConstructorCopies");

        Assert.NotSame(results[0], results[1]);
        Assert.Equal("original-copy", results[2]);
    }
}
