using System;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// A canonical type whose members have the names the facade uses for its own private members: every member is
/// forwarded, and the facade chooses other names for its own, on every target.
/// </summary>
public sealed class FacadePrivateNameTests
{
    private const string Canonical = """
        using System;

        namespace New
        {
            [Ssot.Canonical("Old.Hostile")]
            public sealed class Hostile
            {
                public Hostile() { }

                public Hostile(int _canonical) { this._canonical = _canonical; }

                public int _canonical;

                public static int s_facades() => 2;

                public string SsotForwardedHandlers => "h";

                public int _handlersOfChanged { get; set; } = 4;

                public int SsotInitValue() => 5;

                public int SsotConstruct0 => 6;

                public int s_ssotConstructor1 => 7;

                public int Value { get; init; }

                public event EventHandler? Changed;

                public void Raise() => Changed?.Invoke(this, EventArgs.Empty);
            }
        }

        """;

    private const string Probe = """
        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static string Members()
            {
                var legacy = new Old.Hostile(1) { Value = 8 };
                object? sender = null;
                legacy.Changed += (s, e) => sender = s;
                legacy.Raise();
                return legacy._canonical + "," + Old.Hostile.s_facades() + "," + legacy.SsotForwardedHandlers + "," + legacy._handlersOfChanged + ","
                    + legacy.SsotInitValue() + "," + legacy.SsotConstruct0 + "," + legacy.s_ssotConstructor1 + "," + legacy.Value + ","
                    + ReferenceEquals(sender, legacy) + "," + ReferenceEquals(legacy, (Old.Hostile)(New.Hostile)legacy);
            }
        }
        """;

    private const string Polyfill = """
        namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }
        """;

    [Fact]
    public void The_facade_names_its_own_members_apart_from_every_forwarded_one()
    {
        GeneratorResult result = GeneratorRunner.Run(Canonical).ShouldCompile();

        result.ShouldAllMatchSnapshots("Facade.PrivateNames", ["Ssot.Aliases.g.cs", "Ssot.Registrations.g.cs", "Ssot.Shim.Old.Hostile.g.cs"]);
        string shim = result.Source("Ssot.Shim.Old.Hostile.g.cs");
        Assert.Contains("private readonly global::New.Hostile _canonical_2;", shim, StringComparison.Ordinal);
        Assert.Contains("public int _canonical", shim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TargetFramework.Net100)]
    [InlineData(TargetFramework.NetStandard20)]
    public void Every_member_of_such_a_name_is_forwarded_and_runs(TargetFramework target)
    {
        ProbeAssembly probe = ProbeAssembly.Compile(
            Canonical + Probe + (target == TargetFramework.NetStandard20 ? Polyfill : string.Empty),
            new TestCompilation { Framework = target, WithDependencyInjection = false });

        Assert.Equal("1,2,h,4,5,6,7,8,True,True", probe.Call("Members"));
    }
}
