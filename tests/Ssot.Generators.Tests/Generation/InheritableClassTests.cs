using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>
/// <c>ShimKind.Auto</c> keeps a class built to be derived from derivable: an unsealed concrete class with no public
/// constructor, with virtual members, or that the source derives from or constrains a type parameter to (by its own name
/// or a legacy name), gets a subclass shim; any other concrete class a facade. The generator, which reads the source
/// before the shims exist, and the analyzer, which reads it with them, pick the same shape. Both shapes mirror each
/// constructor with its own accessibility.
/// </summary>
public sealed class InheritableClassTests
{
    [Theory]
    [InlineData("public class Thing2 { }", "", "Facade")]
    [InlineData("public class Thing2 { public override string ToString() => \"t\"; }", "", "Facade")]
    [InlineData("public record Thing2(int X);", "", "Facade")]
    [InlineData("public class Thing2 { private Thing2() { } public static Thing2 Make() => new Thing2(); }", "", "Facade")]
    [InlineData("public class Thing2 { }", "namespace Other { public class Thing { } internal sealed class Mine : Thing { } }", "Facade")]
    [InlineData("public class Thing2 { protected Thing2() { } }", "", "Subclass")]
    [InlineData("public class Thing2 { protected internal Thing2(int x) { } }", "", "Subclass")]
    [InlineData("public class Thing2 { internal Thing2() { } }", "", "Subclass")]
    [InlineData("public class Thing2 { public virtual void Run() { } }", "", "Subclass")]
    [InlineData("public class Thing2 { public virtual int Size => 1; }", "", "Subclass")]
    [InlineData("public class Thing2 { public virtual event System.EventHandler? Changed { add { } remove { } } }", "", "Subclass")]
    [InlineData("public class Thing2 { } internal sealed class Mine : Thing2 { }", "", "Subclass")]
    [InlineData("public class Thing2 { }", "namespace Legacy { internal sealed class Mine : Old.Thing { } }", "Subclass")]
    [InlineData("public class Thing2 { }", "namespace Old { internal sealed class Mine : Thing { } }", "Subclass")]
    [InlineData("public class Thing2 { }", "using Base = Old.Thing;\nnamespace Legacy { internal sealed class Mine : Base { } }", "Subclass")]
    [InlineData("public class Thing2 { }", "namespace Legacy { internal static class Pool { internal static void Use<T>(T item) where T : Old.Thing { } } }", "Subclass")]
    [InlineData("public class Thing2 { }", "namespace Legacy { internal sealed class Holder<T> where T : New.Thing2? { } }", "Subclass")]
    [InlineData("public class Thing2 { }", "namespace Legacy { internal delegate void Take<T>(T item) where T : Old.Thing; }", "Subclass")]
    public void Auto_keeps_a_class_built_to_be_derived_from_derivable(string canonical, string legacy, string expected)
    {
        string source = "namespace New\n{\n    [Ssot.Canonical(\"Old.Thing\")]\n    " + canonical + "\n}\n";
        string legacySource = "#pragma warning disable SSOT0001, SSOT0002\n" + legacy;

        GeneratorResult result = GeneratorRunner.Run(new TestCompilation().Create(source, legacySource)).ShouldCompile();

        CanonicalTypeModel generated = Assert.Single(result.Run.Results.Single().TrackedSteps[TrackingNames.ValidCanonicalTypes].SelectMany(s => s.Outputs).Select(o => (CanonicalTypeModel)o.Value));
        INamedTypeSymbol type = result.Output.GetTypeByMetadataName("New.Thing2")!;
        CanonicalTypeModel analyzed = CanonicalReader.Read(type, CanonicalReader.FindAttribute(type)!, result.Output, null, default, withMembers: false)!;
        Assert.Equal(expected, generated.Shape.ToString());
        Assert.Equal(expected, analyzed.Shape.ToString());
        string shim = result.Source("Ssot.Shim.Old.Thing.g.cs");
        Assert.Contains(expected == "Subclass" ? " class Thing : global::New.Thing2" : canonical.Contains("record") ? " sealed record Thing" : " sealed class Thing", shim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Subclass")]
    [InlineData("Facade")]
    public void Each_constructor_is_mirrored_with_its_own_accessibility(string shape)
    {
        string source = """
            namespace New
            {
                [Ssot.Canonical("Old.Thing", Shim = Ssot.ShimKind.SHAPE)]
                public class Thing2
                {
                    public Thing2() { }

                    internal Thing2(int value) { }

                    protected Thing2(string value) { }

                    protected internal Thing2(long value) { }

                    private protected Thing2(short value) { }

                    private Thing2(byte value) { }
                }
            }
            """.Replace("SHAPE", shape, StringComparison.Ordinal);

        Assembly assembly = GeneratorRunner.Run(source).ShouldCompile().Load();

        Type canonical = assembly.GetType("New.Thing2", throwOnError: true)!;
        Type shim = assembly.GetType("Old.Thing", throwOnError: true)!;
        foreach (Type[] parameters in new[] { Type.EmptyTypes, [typeof(int)], [typeof(string)], [typeof(long)], [typeof(short)] })
        {
            ConstructorInfo expected = Constructor(canonical, parameters)!;
            ConstructorInfo? mirrored = Constructor(shim, parameters);
            Assert.True(mirrored is not null, shape + " has no constructor (" + string.Join(", ", parameters.Select(p => p.Name)) + ")");
            Assert.Equal(expected.Attributes & MethodAttributes.MemberAccessMask, mirrored.Attributes & MethodAttributes.MemberAccessMask);
        }

        Assert.Null(Constructor(shim, [typeof(byte)]));
    }

    [Fact]
    public void Legacy_code_constraining_a_type_parameter_to_a_facade_is_told_to_choose_Subclass()
    {
        const string source = """
            namespace New
            {
                [Ssot.Canonical("Old.Thing", Shim = Ssot.ShimKind.Facade)] public class Thing2 { }
            }
            namespace Legacy
            {
            #pragma warning disable SSOT0001
                public static class Pool
                {
                    public static string Use<TItem>(TItem item) where TItem : Old.Thing? => "used";
                }
            }
            """;

        GeneratorResult result = GeneratorRunner.Run(source);

        string diagnostic = Assert.Single(result.DiagnosticsWithId("SSOT1015"));
        Assert.Contains("[Old.Thing?]", diagnostic, StringComparison.Ordinal);
        Assert.Contains("'TItem'", diagnostic, StringComparison.Ordinal);
        Assert.Contains("ShimKind.Subclass", diagnostic, StringComparison.Ordinal);
        Assert.Contains("'New.Thing2'", diagnostic, StringComparison.Ordinal);
        Assert.Single(result.DiagnosticsWithId("CS0701"));
    }

    [Fact]
    public void A_consumer_deriving_from_or_constrained_to_a_referenced_facade_is_told_to_choose_Subclass_in_the_library()
    {
        GeneratorResult library = GeneratorRunner.Run(
            new TestCompilation { AssemblyName = "Lib" }.Create("namespace Lib { [Ssot.Canonical(\"Lib.Thing\")] public class UnifiedThing { } }")).ShouldCompile();
        Assert.Contains("sealed class Thing", library.Source("Ssot.Shim.Lib.Thing.g.cs"), StringComparison.Ordinal);
        const string consumer = """
            #pragma warning disable SSOT0001
            namespace App
            {
                internal sealed class Mine : Lib.Thing { }

                internal static class Pool
                {
                    internal static void Use<T>() where T : Lib.Thing { }
                }
            }
            """;
        var options = new TestCompilation { AssemblyName = "App", ExtraReferences = [MetadataReference.CreateFromImage(AssemblyImage.Emit(library.Output))] };

        GeneratorResult result = GeneratorRunner.Run(options.Create(consumer), options);

        Assert.Contains("'Lib.UnifiedThing'", Assert.Single(result.DiagnosticsWithId("SSOT1011")), StringComparison.Ordinal);
        Assert.Contains("'Lib.UnifiedThing'", Assert.Single(result.DiagnosticsWithId("SSOT1015")), StringComparison.Ordinal);
    }

    /// <summary>The constructor that takes exactly these parameter types, whatever its accessibility.</summary>
    private static ConstructorInfo? Constructor(Type type, Type[] parameters) =>
        type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .SingleOrDefault(c => c.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters));
}
