using System.Threading.Tasks;
using Xunit;
using VerifyRegistration = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.ManualRegistrationAnalyzer, Ssot.CodeFixes.ManualRegistrationCodeFixProvider>;
using VerifyUsing = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.LegacyUsingAnalyzer, Ssot.CodeFixes.LegacyUsingCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

public sealed class LegacyUsingAndRegistrationCodeFixTests
{
    private const string Library = """
        namespace New.Core
        {
            public interface IBroadcaster { }

            [Ssot.Canonical("Old.Core.Manager", ServiceTypes = new[] { typeof(IBroadcaster) })]
            public sealed class UnifiedManager : IBroadcaster { }

            [Ssot.Canonical("Old.Core.Repo`1")]
            public sealed class Repo<T> { }
        }
        """;

    [Fact]
    public async Task A_legacy_alias_is_pointed_at_the_canonical_type()
    {
        const string source = """
            {|SSOT0002:using M = Old.Core.Manager;|}

            namespace Consumer { public static class C { public static object Make() => new {|SSOT0001:M|}(); } }
            """;
        const string fixedSource = """
            using M = New.Core.UnifiedManager;

            namespace Consumer { public static class C { public static object Make() => new M(); } }
            """;

        await VerifyUsing.VerifyAsync(source, fixedSource, Library);
    }

    [Fact]
    public async Task A_legacy_alias_of_a_constructed_generic_type_keeps_its_type_arguments()
    {
        // Found by the consumer property: the alias was pointed at 'New.Core.Repo<T>' (CS0246: 'T' not found).
        const string source = """
            {|SSOT0002:using Ints = Old.Core.Repo<int>;|}

            namespace Consumer { public static class C { public static object Make() => new {|SSOT0001:Ints|}(); } }
            """;
        const string fixedSource = """
            using Ints = New.Core.Repo<int>;

            namespace Consumer { public static class C { public static object Make() => new Ints(); } }
            """;

        await VerifyUsing.VerifyAsync(source, fixedSource, Library);
    }

    [Fact]
    public async Task A_legacy_namespace_import_becomes_the_canonical_namespace()
    {
        const string source = """
            {|SSOT0002:using Old.Core;|}

            namespace Consumer { public static class C { public static object Make() => new New.Core.UnifiedManager(); } }
            """;
        const string fixedSource = """
            using New.Core;

            namespace Consumer { public static class C { public static object Make() => new New.Core.UnifiedManager(); } }
            """;

        await VerifyUsing.VerifyAsync(source, fixedSource, Library);
    }

    [Fact]
    public async Task A_legacy_namespace_import_that_a_cref_still_needs_is_kept_until_the_cref_is_migrated()
    {
        // Found by the consumer property: the cref binds through the import (inside the namespace, so no alias is
        // emitted), and removing the import left it unresolved (CS1574).
        const string source = """
            namespace Consumer
            {
                {|SSOT0002:using Old.Core;|}

                /// <summary>See <see cref="{|SSOT0001:Manager|}"/>.</summary>
                public static class C { }
            }
            """;

        // No fix is offered: the code stays as it is, with both diagnostics.
        var test = VerifyUsing.Create(source, source, Library);
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        await test.RunAsync();
    }

    [Fact]
    public async Task A_manual_registration_becomes_the_generated_method()
    {
        const string source = """
            using Microsoft.Extensions.DependencyInjection;

            namespace Consumer
            {
                public static class Startup
                {
                    public static void Configure(IServiceCollection services)
                    {
                        {|SSOT0003:services.AddSingleton<New.Core.UnifiedManager>()|};
                        services.Add({|SSOT0003:new ServiceDescriptor(typeof(New.Core.IBroadcaster), typeof(New.Core.UnifiedManager), ServiceLifetime.Singleton)|});
                    }
                }
            }
            """;
        const string fixedSource = """
            using Microsoft.Extensions.DependencyInjection;

            namespace Consumer
            {
                public static class Startup
                {
                    public static void Configure(IServiceCollection services)
                    {
                        services.AddUnifiedManager();
                        services.AddUnifiedManager();
                    }
                }
            }
            """;

        await VerifyRegistration.VerifyAsync(source, fixedSource, Library);
    }
}
