using System;
using System.Linq;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// A canonical type with <c>required</c> members: the facade mirrors its constructors and declares the members
/// required too, so <c>new Old.Req { R = 1 }</c> compiles, must set what it had to set, and the values land on the
/// wrapped canonical instance; on netstandard2.0 <c>init</c> accessors are reached by reflection.
/// </summary>
public sealed class RequiredMemberTests
{
    private const string Canonical = """
        using System.Diagnostics.CodeAnalysis;

        namespace New
        {
            [Ssot.Canonical("Old.Req")]
            public class Req2
            {
                public Req2() { }

                [SetsRequiredMembers]
                public Req2(int r, string name) { R = r; Name = name; }

                public required int R { get; set; }

                public required string Name { get; init; }

                public required int Field;

                public int Optional { get; init; }
            }
        }

        """;

    private const string Probe = """
        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static string Initialized()
            {
                var legacy = new Old.Req { R = 1, Name = "one", Field = 3, Optional = 4 };
                New.Req2 canonical = legacy;
                return canonical.R + "," + canonical.Name + "," + canonical.Field + "," + canonical.Optional;
            }

            public static string Constructed()
            {
                New.Req2 canonical = new Old.Req(5, "five");
                return canonical.R + "," + canonical.Name;
            }
        }
        """;

    /// <summary>What a netstandard2.0 project declares to use required members and init accessors.</summary>
    private const string Polyfills = """
        namespace System.Runtime.CompilerServices
        {
            internal static class IsExternalInit { }

            internal sealed class RequiredMemberAttribute : Attribute { }

            internal sealed class CompilerFeatureRequiredAttribute : Attribute
            {
                public CompilerFeatureRequiredAttribute(string featureName) { FeatureName = featureName; }

                public string FeatureName { get; }

                public bool IsOptional { get; init; }
            }
        }

        namespace System.Diagnostics.CodeAnalysis
        {
            [AttributeUsage(AttributeTargets.Constructor)]
            internal sealed class SetsRequiredMembersAttribute : Attribute { }
        }
        """;

    public static TheoryData<TargetFramework> Targets => [TargetFramework.Net100, TargetFramework.NetStandard20];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Values_set_through_the_legacy_name_land_on_the_canonical_instance(TargetFramework target)
    {
        ProbeAssembly probe = ProbeAssembly.Compile(Canonical + Probe + (target == TargetFramework.NetStandard20 ? Polyfills : string.Empty), Options(target));

        Assert.Equal("1,one,3,4", probe.Call("Initialized"));
        Assert.Equal("5,five", probe.Call("Constructed"));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void The_facade_members_are_required_as_the_canonical_ones_are(TargetFramework target)
    {
        const string missing = """
            #pragma warning disable SSOT0001
            public static class Missing { public static object Make() => new Old.Req { R = 1, Field = 2 }; }
            """;

        GeneratorResult result = GeneratorRunner.Run(Canonical + missing + (target == TargetFramework.NetStandard20 ? Polyfills : string.Empty), Options(target));

        Assert.Equal(["CS9035"], result.CompilerDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.Id));
        Assert.Contains("public required string Name", result.Source("Ssot.Shim.Old.Req.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_SetsRequiredMembers_the_facade_cannot_declare_them_required_but_still_lets_callers_set_them()
    {
        // The facade's own constructor that wraps an existing instance must say it sets them: without the attribute,
        // the facade's members are not required, and the values still land on the canonical instance.
        string canonical = Canonical.Replace("[SetsRequiredMembers]", string.Empty, StringComparison.Ordinal)
            .Replace("public Req2(int r, string name) { R = r; Name = name; }", string.Empty, StringComparison.Ordinal);
        string polyfills = Polyfills.Substring(0, Polyfills.IndexOf("namespace System.Diagnostics.CodeAnalysis", StringComparison.Ordinal));
        string probe = Probe.Substring(0, Probe.IndexOf("    public static string Constructed", StringComparison.Ordinal)) + "}\n";

        ProbeAssembly compiled = ProbeAssembly.Compile(canonical.Replace("using System.Diagnostics.CodeAnalysis;", string.Empty, StringComparison.Ordinal) + probe + polyfills, Options(TargetFramework.NetStandard20));

        Assert.Equal("1,one,3,4", compiled.Call("Initialized"));
        Assert.DoesNotContain("required", compiled.Result!.Source("Ssot.Shim.Old.Req.g.cs"), StringComparison.Ordinal);
    }

    private static TestCompilation Options(TargetFramework target) => new() { Framework = target, WithDependencyInjection = false };
}
