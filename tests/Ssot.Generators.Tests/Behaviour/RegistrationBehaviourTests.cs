using System;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// The generated <c>services.AddX()</c> makes the canonical type, its service types and its legacy facade resolve to one
/// instance per lifetime scope, adds nothing when called again, and the aggregate method registers every canonical type.
/// </summary>
public sealed class RegistrationBehaviourTests
{
    private const string RegistrationClass = "Microsoft.Extensions.DependencyInjection.NetraBackendApiCanonicalRegistrations";

    private const string Source = """
        using System.Linq;
        using Microsoft.Extensions.DependencyInjection;
        using Ssot;

        namespace New.Ns
        {
            public interface IBroadcaster { }

            public interface IHealth { }

            [Canonical("Old.Ns.WebSocketManager", ServiceTypes = new[] { typeof(IBroadcaster), typeof(IHealth) })]
            public sealed class UnifiedWebSocketManager : IBroadcaster, IHealth { }

            [Canonical("Old.Ns.SessionStore", Lifetime = CanonicalLifetime.Scoped)]
            public sealed class SessionStore { }

            [Canonical("Old.Ns.RequestIdSource", Lifetime = CanonicalLifetime.Transient)]
            public sealed class RequestIds { }

            [Canonical("Old.Ns.Clock", Lifetime = CanonicalLifetime.None)]
            public sealed class SystemClock { }

            [Canonical("Old.Ns.Mailer", RegistrationMethod = "AddMailing")]
            public sealed class Mailer
            {
                public Mailer(UnifiedWebSocketManager manager) { Manager = manager; }

                public UnifiedWebSocketManager Manager { get; }
            }
        }

        #pragma warning disable SSOT0001
        public sealed class LegacyConsumer
        {
            public LegacyConsumer(Old.Ns.WebSocketManager manager) { Manager = manager; }

            public Old.Ns.WebSocketManager Manager { get; }
        }

        public static class Probe
        {
            private static readonly ServiceProviderOptions Validating = new() { ValidateScopes = true, ValidateOnBuild = true };

            public static object[] Singleton()
            {
                var services = new ServiceCollection();
                services.AddUnifiedWebSocketManager();
                services.AddSingleton<LegacyConsumer>();
                using ServiceProvider provider = services.BuildServiceProvider(Validating);
                Old.Ns.WebSocketManager legacyFirst = provider.GetRequiredService<Old.Ns.WebSocketManager>();
                var canonical = provider.GetRequiredService<New.Ns.UnifiedWebSocketManager>();
                return new object[]
                {
                    canonical,
                    provider.GetRequiredService<New.Ns.IBroadcaster>(),
                    provider.GetRequiredService<New.Ns.IHealth>(),
                    (New.Ns.UnifiedWebSocketManager)legacyFirst,
                    (New.Ns.UnifiedWebSocketManager)provider.GetRequiredService<LegacyConsumer>().Manager,
                    legacyFirst,
                    provider.GetRequiredService<Old.Ns.WebSocketManager>(),
                };
            }

            public static string[] Descriptors()
            {
                var services = new ServiceCollection();
                services.AddUnifiedWebSocketManager();
                return services.Select(d => d.ServiceType.FullName + ":" + d.Lifetime).OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
            }

            public static int[] CallingTwiceAddsNothing()
            {
                var services = new ServiceCollection();
                services.AddUnifiedWebSocketManager();
                int once = services.Count;
                services.AddUnifiedWebSocketManager();
                int twice = services.Count;
                services.AddNetraBackendApiCanonicalTypes();
                int all = services.Count;
                services.AddNetraBackendApiCanonicalTypes();
                return new[] { once, twice, all, services.Count };
            }

            public static object[] InstanceRegisteredBeforehand()
            {
                var existing = new New.Ns.UnifiedWebSocketManager();
                var services = new ServiceCollection();
                services.AddSingleton(existing);
                services.AddUnifiedWebSocketManager();
                using ServiceProvider provider = services.BuildServiceProvider(Validating);
                return new object[]
                {
                    existing,
                    provider.GetRequiredService<New.Ns.UnifiedWebSocketManager>(),
                    provider.GetRequiredService<New.Ns.IBroadcaster>(),
                    (New.Ns.UnifiedWebSocketManager)provider.GetRequiredService<Old.Ns.WebSocketManager>(),
                    services.Count(d => d.ServiceType == typeof(New.Ns.UnifiedWebSocketManager)),
                };
            }

            public static object[] Scoped()
            {
                var services = new ServiceCollection();
                services.AddSessionStore();
                using ServiceProvider provider = services.BuildServiceProvider(Validating);
                using IServiceScope one = provider.CreateScope();
                using IServiceScope two = provider.CreateScope();
                return new object[]
                {
                    one.ServiceProvider.GetRequiredService<New.Ns.SessionStore>(),
                    one.ServiceProvider.GetRequiredService<New.Ns.SessionStore>(),
                    (New.Ns.SessionStore)one.ServiceProvider.GetRequiredService<Old.Ns.SessionStore>(),
                    two.ServiceProvider.GetRequiredService<New.Ns.SessionStore>(),
                    (New.Ns.SessionStore)two.ServiceProvider.GetRequiredService<Old.Ns.SessionStore>(),
                    one.ServiceProvider.GetRequiredService<Old.Ns.SessionStore>(),
                    one.ServiceProvider.GetRequiredService<Old.Ns.SessionStore>(),
                    two.ServiceProvider.GetRequiredService<Old.Ns.SessionStore>(),
                };
            }

            public static string ScopedLegacyFromRoot()
            {
                var services = new ServiceCollection();
                services.AddSessionStore();
                using ServiceProvider provider = services.BuildServiceProvider(Validating);
                try
                {
                    provider.GetRequiredService<Old.Ns.SessionStore>();
                    return "resolved";
                }
                catch (System.InvalidOperationException)
                {
                    return "refused";
                }
            }

            public static object[] Transient()
            {
                var services = new ServiceCollection();
                services.AddRequestIds();
                using ServiceProvider provider = services.BuildServiceProvider(Validating);
                Old.Ns.RequestIdSource firstLegacy = provider.GetRequiredService<Old.Ns.RequestIdSource>();
                Old.Ns.RequestIdSource secondLegacy = provider.GetRequiredService<Old.Ns.RequestIdSource>();
                return new object[]
                {
                    provider.GetRequiredService<New.Ns.RequestIds>(),
                    provider.GetRequiredService<New.Ns.RequestIds>(),
                    firstLegacy,
                    secondLegacy,
                    (New.Ns.RequestIds)firstLegacy,
                    (New.Ns.RequestIds)secondLegacy,
                };
            }

            public static object[] CustomMethodName()
            {
                var services = new ServiceCollection();
                services.AddUnifiedWebSocketManager();
                services.AddMailing();
                using ServiceProvider provider = services.BuildServiceProvider(Validating);
                var mailer = provider.GetRequiredService<New.Ns.Mailer>();
                return new object[]
                {
                    mailer,
                    (New.Ns.Mailer)provider.GetRequiredService<Old.Ns.Mailer>(),
                    mailer.Manager,
                    provider.GetRequiredService<New.Ns.UnifiedWebSocketManager>(),
                };
            }

            public static object?[] Aggregate()
            {
                var services = new ServiceCollection();
                services.AddNetraBackendApiCanonicalTypes();
                using ServiceProvider provider = services.BuildServiceProvider(Validating);
                using IServiceScope scope = provider.CreateScope();
                var manager = scope.ServiceProvider.GetRequiredService<New.Ns.UnifiedWebSocketManager>();
                return new object?[]
                {
                    string.Join(";", services.Select(d => d.ServiceType.FullName + ":" + d.Lifetime).OrderBy(s => s, System.StringComparer.Ordinal)),
                    manager,
                    (New.Ns.UnifiedWebSocketManager)scope.ServiceProvider.GetRequiredService<Old.Ns.WebSocketManager>(),
                    scope.ServiceProvider.GetRequiredService<New.Ns.Mailer>().Manager,
                    (New.Ns.SessionStore)scope.ServiceProvider.GetRequiredService<Old.Ns.SessionStore>(),
                    scope.ServiceProvider.GetRequiredService<New.Ns.SessionStore>(),
                    scope.ServiceProvider.GetService<New.Ns.SystemClock>(),
                    scope.ServiceProvider.GetService<Old.Ns.Clock>(),
                };
            }
        }
        """;

    // The test compilation references the DI abstractions; the probe also builds a provider, which lives in the implementation.
    private static readonly Lazy<ProbeAssembly> Compiled = new(() => ProbeAssembly.Compile(
        Source,
        new TestCompilation
        {
            AssemblyName = "Netra.Backend.Api",
            ExtraReferences = [MetadataReference.CreateFromFile(typeof(ServiceProvider).Assembly.Location)],
        }));

    private static ProbeAssembly Probe => Compiled.Value;

    [Fact]
    public void Canonical_service_types_and_legacy_facade_resolve_to_one_singleton()
    {
        object[] results = Probe.Call<object[]>("Singleton");

        Assert.IsType(Probe.Type("New.Ns.UnifiedWebSocketManager"), results[0]);
        Assert.All(results[1..5], resolved => Assert.Same(results[0], resolved));
        Assert.IsType(Probe.Type("Old.Ns.WebSocketManager"), results[5]);
        Assert.Same(results[5], results[6]);
    }

    [Fact]
    public void Registration_describes_the_canonical_type_its_service_types_and_its_legacy_name()
    {
        Assert.Equal(
            [
                "New.Ns.IBroadcaster:Singleton",
                "New.Ns.IHealth:Singleton",
                "New.Ns.UnifiedWebSocketManager:Singleton",
                "Old.Ns.WebSocketManager:Singleton",
            ],
            Probe.Call<string[]>("Descriptors"));
    }

    [Fact]
    public void Calling_the_registration_methods_again_adds_no_descriptor()
    {
        int[] counts = Probe.Call<int[]>("CallingTwiceAddsNothing");

        Assert.Equal(4, counts[0]);
        Assert.Equal(counts[0], counts[1]);
        Assert.True(counts[2] > counts[1], "the aggregate method adds the other canonical types");
        Assert.Equal(counts[2], counts[3]);
    }

    [Fact]
    public void Instance_registered_before_the_generated_method_is_what_every_name_resolves_to()
    {
        object[] results = Probe.Call<object[]>("InstanceRegisteredBeforehand");

        Assert.All(results[1..4], resolved => Assert.Same(results[0], resolved));
        Assert.Equal(1, results[4]);
    }

    [Fact]
    public void Scoped_canonical_and_legacy_facade_share_one_instance_per_scope()
    {
        object[] results = Probe.Call<object[]>("Scoped");

        Assert.Same(results[0], results[1]);
        Assert.Same(results[0], results[2]);
        Assert.Same(results[3], results[4]);
        Assert.NotSame(results[0], results[3]);
        Assert.Same(results[5], results[6]);
        Assert.NotSame(results[5], results[7]);
    }

    [Fact]
    public void Scoped_legacy_facade_is_refused_from_the_root_provider_like_the_canonical_type()
    {
        Assert.Equal("refused", Probe.Call<string>("ScopedLegacyFromRoot"));
    }

    [Fact]
    public void Transient_canonical_and_legacy_facade_are_new_on_each_resolution()
    {
        object[] results = Probe.Call<object[]>("Transient");

        Assert.NotSame(results[0], results[1]);
        Assert.IsType(Probe.Type("Old.Ns.RequestIdSource"), results[2]);
        Assert.NotSame(results[2], results[3]);
        Assert.NotSame(results[4], results[5]);
        Assert.DoesNotContain(results[4], new[] { results[0], results[1] });
    }

    [Fact]
    public void RegistrationMethod_names_the_generated_method_and_dependencies_get_the_shared_instance()
    {
        object[] results = Probe.Call<object[]>("CustomMethodName");

        Assert.Same(results[0], results[1]);
        Assert.Same(results[2], results[3]);
        Type registrations = Probe.Type(RegistrationClass);
        Assert.NotNull(registrations.GetMethod("AddMailing"));
        Assert.Null(registrations.GetMethod("AddMailer"));
    }

    [Fact]
    public void Lifetime_None_generates_no_registration_method()
    {
        Type registrations = Probe.Type(RegistrationClass);

        Assert.NotNull(registrations.GetMethod("AddSessionStore"));
        Assert.Null(registrations.GetMethod("AddSystemClock"));
        Assert.DoesNotContain(registrations.GetMethods(), m => m.Name.Contains("Clock", StringComparison.Ordinal));
    }

    [Fact]
    public void Aggregate_method_registers_every_canonical_type_with_its_lifetime()
    {
        object?[] results = Probe.Call<object?[]>("Aggregate");

        Assert.Equal(
            string.Join(
                ";",
                "New.Ns.IBroadcaster:Singleton",
                "New.Ns.IHealth:Singleton",
                "New.Ns.Mailer:Singleton",
                "New.Ns.RequestIds:Transient",
                "New.Ns.SessionStore:Scoped",
                "New.Ns.UnifiedWebSocketManager:Singleton",
                "Old.Ns.Mailer:Singleton",
                "Old.Ns.RequestIdSource:Transient",
                "Old.Ns.SessionStore:Scoped",
                "Old.Ns.WebSocketManager:Singleton"),
            results[0]);
        Assert.Same(results[1], results[2]);
        Assert.Same(results[1], results[3]);
        Assert.Same(results[4], results[5]);
        Assert.Null(results[6]);
        Assert.Null(results[7]);
    }
}
