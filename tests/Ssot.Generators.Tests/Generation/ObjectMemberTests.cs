using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// A shim never forwards a member that hides one of object's own (<c>new Type GetType()</c>, a public
/// <c>new object MemberwiseClone()</c>, a static <c>new bool ReferenceEquals(object, object)</c>): forwarding it would
/// hide object's member on the shim too (CS0108) and change what it means there. SSOT1014 reports it at the member.
/// </summary>
public sealed class ObjectMemberTests
{
    private const string Members = """
                public new System.Type GetType() => typeof(string);

                public new object MemberwiseClone() => "clone";

                public static new bool ReferenceEquals(object? left, object? right) => true;

                public string GetType(int kind) => "kind " + kind;

                public int Size => 3;
        """;

    private const string Probe = """
        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static string Run()
            {
                var legacy = new Old.Thing();
                object boxed = legacy;
                return legacy.GetType().Name + "|" + boxed.GetType().Name + "|" + legacy.GetType(1) + "|" + legacy.Size + "|" + Old.Thing.ReferenceEquals(legacy, "x");
            }
        }
        """;

    [Fact]
    public void The_facade_keeps_objects_GetType_and_MemberwiseClone_and_reports_each_hiding_member()
    {
        string canonical = "namespace New\n{\n    [Ssot.Canonical(\"Old.Thing\")]\n    public sealed class Thing2\n    {\n" + Members + "\n    }\n}\n";

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, Probe)).ShouldCompile();

        Snapshot.Verify("Shape.ObjectMembers", result.Source("Ssot.Shim.Old.Thing.g.cs"));
        Assert.Equal("Thing|Thing|kind 1|3|False", ProbeAssembly.From(result.Load()).Call("Run"));
        AssertReported(result, "GetType()", "MemberwiseClone()", "ReferenceEquals(object?, object?)");
    }

    [Theory]
    [InlineData("public struct Thing2")]
    [InlineData("public sealed record Thing2")]
    public void Every_facade_keeps_objects_own_members(string head)
    {
        string canonical = "namespace New\n{\n    [Ssot.Canonical(\"Old.Thing\")]\n    " + head + "\n    {\n" + Members + "\n    }\n}\n";

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, Probe)).ShouldCompile();

        string shim = result.Source("Ssot.Shim.Old.Thing.g.cs");
        Assert.DoesNotContain("GetType()", shim, StringComparison.Ordinal);
        Assert.DoesNotContain("MemberwiseClone", shim, StringComparison.Ordinal);
        Assert.DoesNotContain("ReferenceEquals(object", shim, StringComparison.Ordinal);
        Assert.Equal("Thing|Thing|kind 1|3|False", ProbeAssembly.From(result.Load()).Call("Run"));
        AssertReported(result, "GetType()", "MemberwiseClone()", "ReferenceEquals(object?, object?)");
    }

    [Fact]
    public void A_subclass_inherits_the_hiding_members_and_reports_nothing()
    {
        string canonical = "namespace New\n{\n    [Ssot.Canonical(\"Old.Thing\", Shim = Ssot.ShimKind.Subclass)]\n    public class Thing2\n    {\n" + Members + "\n    }\n}\n";

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(canonical, Probe)).ShouldCompile();

        Assert.DoesNotContain("ReferenceEquals", result.Source("Ssot.Shim.Old.Thing.g.cs"), StringComparison.Ordinal);
        Assert.Equal("String|Thing|kind 1|3|True", ProbeAssembly.From(result.Load()).Call("Run"));
        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void A_static_forwarder_keeps_objects_static_members()
    {
        const string canonical = """
            namespace New
            {
                [Ssot.Canonical("Old.Helpers")]
                public static class Helpers2
                {
                    public static new bool ReferenceEquals(object? left, object? right) => true;

                    public static new bool Equals(object? left, object? right) => true;

                    public static int Twice(int value) => value * 2;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(canonical).ShouldCompile();

        string shim = result.Source("Ssot.Shim.Old.Helpers.g.cs");
        Assert.Contains("Twice(int value)", shim, StringComparison.Ordinal);
        Assert.DoesNotContain("Equals(object", shim, StringComparison.Ordinal);
        AssertReported(result, "ReferenceEquals(object?, object?)", "Equals(object?, object?)");
    }

    [Fact]
    public void A_property_named_like_a_member_of_object_hides_it_and_is_not_forwarded()
    {
        const string canonical = """
            namespace New
            {
                [Ssot.Canonical("Old.Thing")]
                public sealed class Thing2
                {
                    public new string GetHashCode { get; } = "h";

                    public int Size => 3;
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(canonical).ShouldCompile();

        Assert.DoesNotContain("GetHashCode =>", result.Source("Ssot.Shim.Old.Thing.g.cs"), StringComparison.Ordinal);
        AssertReported(result, "GetHashCode");
    }

    /// <summary>SSOT1014, once per member, at its declaration, with the reason of a member that hides one of object's.</summary>
    private static void AssertReported(GeneratorResult result, params string[] members)
    {
        Diagnostic[] reported = result.AnalyzerDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        Assert.All(reported, d => Assert.Equal("SSOT1014", d.Id));
        Assert.Equal(members.Length, reported.Length);
        foreach ((Diagnostic diagnostic, string member) in reported.Zip(members))
        {
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("'New.", message, StringComparison.Ordinal);
            Assert.Contains("." + member + "' as old code expects: it hides 'object.", message, StringComparison.Ordinal);
            Assert.Contains("a member of object, which the shim keeps as it is", message, StringComparison.Ordinal);
            Assert.Contains(member.Split('(')[0], diagnostic.Location.SourceTree!.GetText().Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString(), StringComparison.Ordinal);
        }
    }
}
