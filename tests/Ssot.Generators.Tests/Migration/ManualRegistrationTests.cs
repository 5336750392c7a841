using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Migration;

/// <summary>A registration written by hand next to the generated one makes a second instance: each is reported.</summary>
public sealed class ManualRegistrationTests
{
    private const string Library = """
        namespace New
        {
            public interface IBroadcaster { }

            [Ssot.Canonical("Old.Manager", ServiceTypes = new[] { typeof(IBroadcaster) })]
            public sealed class Manager : IBroadcaster { }
        }
        """;

    [Theory]
    [InlineData("services.AddSingleton<Old.Manager>();", "AddSingleton<Old.Manager>()")]
    [InlineData("services.AddScoped<New.Manager>();", "AddScoped<New.Manager>()")]
    [InlineData("services.AddTransient(typeof(New.Manager));", "AddTransient(typeof(New.Manager))")]
    [InlineData("services.AddSingleton<New.IBroadcaster, New.Manager>();", "AddSingleton<New.IBroadcaster, New.Manager>()")]
    [InlineData("services.Add(new ServiceDescriptor(typeof(New.Manager), typeof(New.Manager), ServiceLifetime.Singleton));", "new ServiceDescriptor(typeof(New.Manager), typeof(New.Manager), ServiceLifetime.Singleton)")]
    [InlineData("services.Add(ServiceDescriptor.Singleton<New.Manager, New.Manager>());", "ServiceDescriptor.Singleton<New.Manager, New.Manager>()")]
    public void A_manual_registration_is_reported(string registration, string reported)
    {
        string consumer = """
            using Microsoft.Extensions.DependencyInjection;
            #pragma warning disable SSOT0001
            namespace Consumer { public static class Startup { public static void Configure(IServiceCollection services) { REGISTRATION } } }
            """.Replace("REGISTRATION", registration, System.StringComparison.Ordinal);

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Library, consumer));

        string diagnostic = Assert.Single(result.BuildDiagnosticsWithId("SSOT0003"));
        Assert.Contains(reported + "]", diagnostic, System.StringComparison.Ordinal);
        Assert.Contains("services.AddManager()", diagnostic, System.StringComparison.Ordinal);
    }

    // Forms where the text of the call does not spell out the registered type: an inferred type argument, an alias,
    // a parenthesized typeof, a conditional call, a static call.
    [Theory]
    [InlineData("services.AddSingleton(new New.Manager());", "AddSingleton(new New.Manager())")]
    [InlineData("services.AddSingleton(_ => new New.Manager());", "AddSingleton(_ => new New.Manager())")]
    [InlineData("services.AddSingleton<Registered>();", "AddSingleton<Registered>()")]
    [InlineData("services.AddTransient((typeof(Old.Manager)));", "AddTransient((typeof(Old.Manager)))")]
    [InlineData("services?.AddScoped<New.Manager?>();", ".AddScoped<New.Manager?>()")]
    [InlineData("ServiceCollectionServiceExtensions.AddSingleton<global::New.Manager>(services);", "ServiceCollectionServiceExtensions.AddSingleton<global::New.Manager>(services)")]
    [InlineData("services.Add(new(typeof(New.IBroadcaster), typeof(New.Manager), ServiceLifetime.Singleton));", "new(typeof(New.IBroadcaster), typeof(New.Manager), ServiceLifetime.Singleton)")]
    public void A_manual_registration_that_does_not_spell_the_type_is_reported(string registration, string reported)
    {
        string consumer = """
            using Microsoft.Extensions.DependencyInjection;
            using Registered = New.Manager;
            #pragma warning disable SSOT0001
            namespace Consumer { public static class Startup { public static void Configure(IServiceCollection services) { REGISTRATION } } }
            """.Replace("REGISTRATION", registration, System.StringComparison.Ordinal);

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Library, consumer));

        string diagnostic = Assert.Single(result.BuildDiagnosticsWithId("SSOT0003"));
        Assert.Contains(reported + "]", diagnostic, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_registration_made_by_a_collection_initializer_is_reported_at_its_element()
    {
        const string consumer = """
            using Microsoft.Extensions.DependencyInjection;
            namespace Microsoft.Extensions.DependencyInjection
            {
                public static class TypeRegistration { public static void Add(this IServiceCollection services, System.Type type) { } }
            }
            namespace Consumer { public static class Startup { public static object Configure() => new ServiceCollection { typeof(New.Manager) }; } }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Library, consumer));

        string diagnostic = Assert.Single(result.BuildDiagnosticsWithId("SSOT0003"));
        Assert.Contains("[typeof(New.Manager)]", diagnostic, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_registration_and_unrelated_registrations_are_not_reported()
    {
        const string consumer = """
            using Microsoft.Extensions.DependencyInjection;
            namespace Consumer { public static class Startup { public static void Configure(IServiceCollection services) { services.AddManager(); services.AddSingleton<object>(); } } }
            """;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(Library, consumer));

        Assert.Empty(result.BuildDiagnosticsWithId("SSOT0003"));
    }
}
