using System.IO;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// The facade of a record class is a sealed record over one canonical record: <c>with</c> works on it as it did on the
/// old record, for source compiled against the legacy name and for binaries compiled against the old record, and the
/// copy wraps a copy of the canonical record, never the same one.
/// </summary>
public sealed class RecordFacadeTests
{
    private const string Canonical = """
        namespace New
        {
            [Ssot.Canonical("Old.Person")]
            public record Person2(string Name, int Age)
            {
                public string Nick { get; set; } = "";

                public event System.EventHandler? Renamed;

                public void Rename() => Renamed?.Invoke(this, System.EventArgs.Empty);
            }
        }

        """;

    private const string Probe = """
        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static string With()
            {
                var original = new Old.Person("Ann", 1) { Nick = "a" };
                Old.Person older = original with { Age = 2, Nick = "b" };
                New.Person2 canonical = older;
                New.Person2 originalCanonical = original;
                string result = original.Age + original.Nick + "," + older.Name + older.Age + older.Nick + "," + canonical.Age
                    + "," + ReferenceEquals(canonical, originalCanonical) + "," + ReferenceEquals(older, (Old.Person)canonical)
                    + "," + (older == new Old.Person("Ann", 2) { Nick = "b" }) + "," + (older != original) + "," + older.Equals((object)new Old.Person("Ann", 2) { Nick = "b" });

                // The copy's handlers see the copy as the sender.
                object? sender = null;
                older.Renamed += (s, e) => sender = s;
                older.Rename();
                return (ReferenceEquals(sender, older) ? string.Empty : "wrong sender,") + result;
            }
        }
        """;

    private const string Polyfill = """
        namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }
        """;

    [Theory]
    [InlineData(TargetFramework.Net100)]
    [InlineData(TargetFramework.NetStandard20)]
    public void With_on_the_legacy_record_copies_the_canonical_record_it_wraps(TargetFramework target)
    {
        ProbeAssembly probe = ProbeAssembly.Compile(
            Canonical + Probe + (target == TargetFramework.NetStandard20 ? Polyfill : string.Empty),
            new TestCompilation { Framework = target, WithDependencyInjection = false });

        Assert.Equal("1a,Ann2b,2,False,True,True,True,True", probe.Call("With"));
        Assert.Contains("public sealed record Person", probe.Result!.Source("Ssot.Shim.Old.Person.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_binary_that_copies_the_old_record_with_with_runs_against_the_facade()
    {
        const string v1 = """
            [assembly: System.Reflection.AssemblyVersion("1.0.0.0")]
            namespace Old { public record Person(string Name, int Age) { public string Nick { get; set; } = ""; } }
            """;
        const string consumer = """
            public static class Probe
            {
                public static string With()
                {
                    var original = new Old.Person("Ann", 1);
                    var older = original with { Age = 2 };
                    return original.Age + "," + older.Name + older.Age + "," + (older == new Old.Person("Ann", 2)) + "," + older.GetHashCode().Equals(new Old.Person("Ann", 2).GetHashCode());
                }
            }
            """;
        var library = new TestCompilation { AssemblyName = "People", WithDependencyInjection = false };
        byte[] old = AssemblyImage.Emit(library.Create(v1));
        byte[] consumerImage = AssemblyImage.Emit(new TestCompilation { AssemblyName = "Consumer", WithDependencyInjection = false, ExtraReferences = [MetadataReference.CreateFromImage(old)] }.Create(consumer));
        byte[] renamed = AssemblyImage.Emit(GeneratorRunner.Run("[assembly: System.Reflection.AssemblyVersion(\"1.0.0.0\")]\n" + Canonical, library).ShouldCompile().Output);

        var context = new TestLoadContext();
        context.Provide("People", renamed);
        Assembly loaded = context.LoadFromStream(new MemoryStream(consumerImage));

        Assert.Equal("1,Ann2,True,True", ProbeAssembly.From(loaded).Call("With"));
    }
}
