using System;
using System.Reflection;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// A canonical interface gets <c>interface IOld : INew { }</c>: classes that still implement the old interface are
/// canonical implementations, and variables of the old interface type expose the canonical members.
/// </summary>
public sealed class DerivedInterfaceTests
{
    private const string Source = """
        using Ssot;

        namespace New.Ns
        {
            [Canonical("Old.Ns.IBroadcaster")]
            public interface IMessageBroadcaster
            {
                int Sent { get; }

                string Broadcast(string message);

                string Describe() => "broadcaster:" + Sent;
            }

            [Canonical("Old.Ns.IProducer`1")]
            public interface IProducer<out T>
            {
                T Produce();
            }

            public static class Hub
            {
                public static string Send(IMessageBroadcaster broadcaster, string message) => broadcaster.Broadcast(message) + "/" + broadcaster.Sent;

                public static object? Take(IProducer<object> producer) => producer.Produce();
            }
        }

        #pragma warning disable SSOT0001
        public sealed class LegacyBroadcaster : Old.Ns.IBroadcaster
        {
            public int Sent { get; private set; }

            public string Broadcast(string message)
            {
                Sent++;
                return "legacy:" + message;
            }
        }

        public sealed class StringProducer : Old.Ns.IProducer<string>
        {
            public string Produce() => "produced";
        }

        public static class Probe
        {
            public static string LegacyImplementationIsCanonical()
            {
                Old.Ns.IBroadcaster legacy = new LegacyBroadcaster();
                New.Ns.IMessageBroadcaster canonical = legacy;
                return New.Ns.Hub.Send(legacy, "a") + "," + canonical.Broadcast("b") + "," + canonical.Describe() + "," + (canonical is Old.Ns.IBroadcaster);
            }

            public static string LegacyVariableExposesCanonicalMembers()
            {
                Old.Ns.IBroadcaster legacy = new LegacyBroadcaster();
                legacy.Broadcast("x");
                return legacy.Sent + "," + legacy.Describe();
            }

            public static object? GenericImplementationIsCanonical() => New.Ns.Hub.Take(new StringProducer());

            public static object LegacyInterfaceKeepsVariance()
            {
                Old.Ns.IProducer<object> producer = new StringProducer();
                return producer.Produce();
            }
        }
        """;

    private static readonly Lazy<ProbeAssembly> Compiled = new(() => ProbeAssembly.Compile(Source));

    private static ProbeAssembly Probe => Compiled.Value;

    [Fact]
    public void Shim_is_an_empty_interface_deriving_from_the_canonical_one()
    {
        Type legacy = Probe.Type("Old.Ns.IBroadcaster");

        Assert.True(legacy.IsInterface);
        Assert.Equal([Probe.Type("New.Ns.IMessageBroadcaster")], legacy.GetInterfaces());
        Assert.Empty(legacy.GetMembers(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static));
        Assert.Equal("SSOT0001", Assert.Single(legacy.GetCustomAttributes<ObsoleteAttribute>()).DiagnosticId);
    }

    [Fact]
    public void Class_implementing_the_legacy_interface_is_usable_as_the_canonical_interface()
    {
        Assert.Equal("legacy:a/1,legacy:b,broadcaster:2,True", Probe.Call<string>("LegacyImplementationIsCanonical"));
    }

    [Fact]
    public void Variable_of_the_legacy_interface_exposes_canonical_members_including_default_implementations()
    {
        Assert.Equal("1,broadcaster:1", Probe.Call<string>("LegacyVariableExposesCanonicalMembers"));
    }

    [Fact]
    public void Generic_legacy_interface_implementation_is_a_canonical_generic_implementation()
    {
        Assert.Equal("produced", Probe.Call<string>("GenericImplementationIsCanonical"));
    }

    [Fact]
    public void Generic_legacy_interface_keeps_the_variance_of_the_canonical_one()
    {
        Assert.Equal("produced", Probe.Call<string>("LegacyInterfaceKeepsVariance"));
        Type parameter = Probe.Type("Old.Ns.IProducer`1").GetGenericArguments()[0];
        Assert.Equal(GenericParameterAttributes.Covariant, parameter.GenericParameterAttributes & GenericParameterAttributes.VarianceMask);
    }
}
