using System;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// Only canonical classes the container can construct are registered: it constructs a service through a public
/// constructor, so a class without one (an inheritable base whose constructors are protected) gets no registration,
/// and every registration that is generated resolves through a real <see cref="ServiceProvider"/> that validates them all.
/// </summary>
public sealed class ConstructibleRegistrationTests
{
    private const string Source = """
        using System.Linq;
        using Microsoft.Extensions.DependencyInjection;

        namespace Lib
        {
            [Ssot.Canonical("Old.Settings")]
            public sealed class Settings { public int Port => 80; }

            [Ssot.Canonical("Old.Pipeline")]
            public class Pipeline
            {
                public virtual string Run() => "pipeline";
            }

            [Ssot.Canonical("Old.Node")]
            public class Node
            {
                protected Node(int value) { Value = value; }

                protected internal Node() : this(0) { }

                public int Value { get; }
            }

            [Ssot.Canonical("Old.Tracker")]
            internal sealed class Tracker
            {
                public Tracker(Settings settings) { Settings = settings; }

                public Settings Settings { get; }
            }

            public sealed class Special : Node
            {
                public Special() : base(1) { }
            }
        }

        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static object[] Resolve()
            {
                var services = new ServiceCollection();
                services.AddTestAssemblyCanonicalTypes();
                using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
                var settings = provider.GetRequiredService<Lib.Settings>();
                return new object[]
                {
                    string.Join(";", services.Select(d => d.ServiceType.FullName).OrderBy(s => s, System.StringComparer.Ordinal)),
                    settings,
                    (Lib.Settings)provider.GetRequiredService<Old.Settings>(),
                    provider.GetRequiredService<Lib.Tracker>().Settings,
                    provider.GetRequiredService<Lib.Pipeline>().Run(),
                };
            }
        }
        """;

    [Fact]
    public void Every_generated_registration_resolves_and_a_class_without_a_public_constructor_gets_none()
    {
        var probe = ProbeAssembly.Compile(Source, new TestCompilation { ExtraReferences = [MetadataReference.CreateFromFile(typeof(ServiceProvider).Assembly.Location)] });

        object[] resolved = probe.Call<object[]>("Resolve");

        Assert.Equal("Lib.Pipeline;Lib.Settings;Lib.Tracker;Old.Settings;Old.Tracker", resolved[0]);
        Assert.Same(resolved[1], resolved[2]);
        Assert.Same(resolved[1], resolved[3]);
        Assert.Equal("pipeline", resolved[4]);
        string registrations = probe.Result!.Source("Ssot.Registrations.g.cs");
        Assert.DoesNotContain("AddNode", registrations, StringComparison.Ordinal);
        Assert.DoesNotContain("Lib.Node", registrations, StringComparison.Ordinal);

        // The type asked for no lifetime: it is no service, and nothing is reported.
        Assert.Empty(probe.Result.DiagnosticsWithId("SSOT3004"));
    }

    [Fact]
    public void A_lifetime_set_on_a_class_without_a_public_constructor_is_reported_and_registers_nothing()
    {
        const string source = """
            namespace Lib
            {
                [Ssot.Canonical("Old.Node", Lifetime = Ssot.CanonicalLifetime.Scoped)]
                public class Node
                {
                    internal Node(int value) { }
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source).ShouldCompile();

        string reported = Assert.Single(result.DiagnosticsWithId("SSOT3004"));
        Assert.Contains("[Lifetime = Ssot.CanonicalLifetime.Scoped]", reported, StringComparison.Ordinal);
        Assert.Contains("no public constructor", reported, StringComparison.Ordinal);
        Assert.DoesNotContain("Ssot.Registrations.g.cs", result.Sources.Keys);
    }
}
