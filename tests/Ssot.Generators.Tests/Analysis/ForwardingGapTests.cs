using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Model;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Analysis;

/// <summary>
/// Generated code always compiles; what a shim cannot carry as old code expects is SSOT1014 at the canonical member,
/// saying what breaks (source callers through the legacy name, binaries compiled against the old type) and what to do.
/// A reason without a case here fails <see cref="Every_gap_reason_has_a_case"/>.
/// </summary>
public sealed class ForwardingGapTests
{
    /// <summary>One gap: the canonical source, the text each diagnostic points at, and what each message must say.</summary>
    public sealed record Case(string Name, Enum Reason, string Source, string[] At, string[] Says, bool Unsafe = false, string[]? AlsoReported = null)
    {
        public override string ToString() => Name;
    }

    private static readonly Case[] Cases =
    [
        new("Facade instance field", GapReason.InstanceField,
            """namespace New { [Ssot.Canonical("Old.Counter")] public sealed class Counter2 { public int Hits; } }""",
            ["Hits"], ["'Old.Counter'", "'New.Counter2.Hits'", "as a property", "MissingFieldException", "rebuild those binaries"]),
        new("Subclass instance field", GapReason.InstanceField,
            """namespace New { [Ssot.Canonical("Old.Job")] public abstract class Job2 { public int Tries; protected int Left; public abstract void Run(); } }""",
            ["Tries", "Left"], ["subclass shim inherits the field", "MissingFieldException", "does not look for a field in base types"]),
        new("Facade mutable static field", GapReason.MutableStaticField,
            """namespace New { [Ssot.Canonical("Old.Settings")] public sealed class Settings2 { public static int Limit = 3; } }""",
            ["Limit"], ["static property", "MissingFieldException", "static readonly"]),
        new("Subclass mutable static field", GapReason.MutableStaticField,
            """namespace New { [Ssot.Canonical("Old.Job")] public abstract class Job2 { public static int Started; public abstract void Run(); } }""",
            ["Started"], ["cannot redeclare it without splitting its storage", "MissingFieldException", "static readonly"]),
        new("Pointer in a signature", GapReason.UnnameableType,
            """namespace New { [Ssot.Canonical("Old.Buffer")] public sealed class Buffer2 { public unsafe int* Start() => null; } }""",
            ["Start"], ["'int*'", "do not compile", "MissingMethodException"], Unsafe: true),
        new("Increment operator", GapReason.Operator,
            """namespace New { [Ssot.Canonical("Old.Tally")] public sealed class Tally2 { public static Tally2 operator ++(Tally2 t) => t; } }""",
            ["++"], ["operator ++", "convert the value to the canonical type"]),
        new("Conversion operator", GapReason.Operator,
            """namespace New { [Ssot.Canonical("Old.Tally")] public sealed class Tally2 { public static explicit operator int(Tally2 t) => 0; } }""",
            ["int"], ["explicit conversion"]),
        new("Operator taking a struct only through Nullable", GapReason.Operator,
            """namespace New { [Ssot.Canonical("Old.Vec")] public struct Vec2 { public static Vec2 operator +(Vec2? a, int b) => default; } }""",
            ["+"], ["operator +", "must take the type that declares it"]),
        new("Operator of a subclass shim", GapReason.Operator,
            """namespace New { [Ssot.Canonical("Old.Job")] public abstract class Job2 { public static Job2 operator +(Job2 a, Job2 b) => a; } }""",
            ["+"], ["subclass shim inherits the operator +", "source code that applies it to the legacy type compiles", "MissingMethodException"]),
        new("Member named like the facade", GapReason.NamedLikeShim,
            """namespace New { [Ssot.Canonical("Old.Report")] public class ReportBuilder { public string Report() => "r"; } }""",
            ["Report"], ["cannot have a member of its own name", "MissingMethodException", "choose Shim = ShimKind.Subclass"]),
        new("Override named like the facade, reported once", GapReason.NamedLikeShim,
            """namespace New { public class Base { public virtual string Report() => ""; } [Ssot.Canonical("Old.Report", Shim = Ssot.ShimKind.Facade)] public class ReportBuilder : Base { public override string Report() => "r"; } }""",
            ["Report"], ["'New.ReportBuilder.Report()'"], AlsoReported: ["SSOT1016"]),
        new("Member of a sealed type named like the facade", GapReason.NamedLikeShim,
            """namespace New { [Ssot.Canonical("Old.Report")] public sealed class ReportBuilder { public int Report { get; set; } } }""",
            ["Report"], ["rename the member", "a sealed class has no subclass shim"]),
        new("Field named like the subclass shim", GapReason.NamedLikeShim,
            """namespace New { [Ssot.Canonical("Old.Report")] public abstract class ReportBase { public static readonly string Report = "r"; } }""",
            ["Report"], ["MissingFieldException", "rename the field"]),
        new("Member named like the static forwarder", GapReason.NamedLikeShim,
            """namespace New { [Ssot.Canonical("Old.Report")] public static class Reports { public static string Report() => "r"; } }""",
            ["Report"], ["rename the member", "a static class has no subclass shim"]),
        new("Member hiding one of object's", GapReason.HidesObjectMember,
            """namespace New { [Ssot.Canonical("Old.Thing")] public sealed class Thing2 { public new System.Type GetType() => typeof(int); public static new bool ReferenceEquals(object? a, object? b) => true; } }""",
            ["GetType", "ReferenceEquals"], ["'Old.Thing'", "hides 'object.", "reach object's own member instead", "call it through the canonical type, or rename the member"]),
    ];

    public static TheoryData<Case> All => [.. Cases];

    [Theory]
    [MemberData(nameof(All))]
    public void The_member_is_reported_once_where_it_is_declared_and_the_output_compiles(Case @case)
    {
        GeneratorResult result = Run(@case.Source, @case.Unsafe);

        result.ShouldCompile();
        Diagnostic[] gaps = result.AnalyzerDiagnostics.Where(d => d.Id == "SSOT1014").ToArray();
        Assert.Equal(@case.At.Order(StringComparer.Ordinal), gaps.Select(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)).Order(StringComparer.Ordinal));
        Assert.All(gaps, gap => Assert.Equal(DiagnosticSeverity.Warning, gap.Severity));
        Assert.All(gaps, gap => Assert.All(@case.Says, says => Assert.Contains(says, gap.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        Assert.Equal(@case.AlsoReported ?? [], result.AnalyzerDiagnostics.Where(d => d.Id != "SSOT1014").Select(d => d.Id));
    }

    [Fact]
    public void Every_gap_reason_has_a_case() =>
        Assert.Empty(Enum.GetValues<GapReason>().Cast<Enum>().Except(Cases.Select(c => c.Reason)));

    [Fact]
    public void What_a_subclass_inherits_whole_is_not_reported()
    {
        // Instance members, and static methods and properties, are inherited: callers through the legacy name find them,
        // and the runtime finds a method in a base type for old binaries too. A static read-only field is redeclared.
        const string source = """
            namespace New
            {
                [Ssot.Canonical("Old.Report", Shim = Ssot.ShimKind.Subclass)]
                public class ReportBuilder
                {
                    public string Report() => "r";
                    public virtual int Size => 0;
                    public static int Count() => 1;
                    public static readonly string Name = "n";
                    public const int Max = 2;
                }
            }
            """;

        GeneratorResult result = Run(source, allowUnsafe: false).ShouldCompile();

        Assert.Empty(result.AnalyzerDiagnostics);
    }

    [Fact]
    public void An_operator_taking_the_struct_by_in_is_forwarded()
    {
        const string source = """
            namespace New { [Ssot.Canonical("Old.Vec")] public struct Vec2 { public int X; public static Vec2 operator +(in Vec2 a, in Vec2 b) => new Vec2 { X = a.X + b.X }; } }
            #pragma warning disable SSOT0001
            public static class Probe { public static int Add() { var a = new Old.Vec { X = 1 }; var b = new Old.Vec { X = 2 }; return (a + b).X; } }
            """;

        ProbeAssembly probe = ProbeAssembly.Compile(source);

        Assert.Equal(3, probe.Call("Add"));
        Assert.Equal(["SSOT1014 X"], probe.Result!.AnalyzerDiagnostics.Select(d => d.Id + " " + d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)));
    }

    [Fact]
    public void A_type_without_a_shim_reports_nothing()
    {
        const string source = """namespace New { [Ssot.Canonical("Old.Counter", Shim = Ssot.ShimKind.None)] public sealed class Counter2 { public int Hits; public int Counter() => 0; } }""";

        Assert.Empty(Run(source, allowUnsafe: false).ShouldCompile().AnalyzerDiagnostics);
    }

    [Fact]
    public void A_gap_inherited_from_a_referenced_base_is_reported_at_the_attribute()
    {
        const string library = "namespace Lib { public class Base { public int Hits; } }";
        MetadataReference reference = MetadataReference.CreateFromImage(AssemblyImage.Emit(new TestCompilation { AssemblyName = "Lib" }.Create(library)));
        const string source = """namespace New { [Ssot.Canonical("Old.Counter")] public sealed class Counter2 : Lib.Base { } }""";

        GeneratorResult result = GeneratorRunner.Run(source, new TestCompilation { ExtraReferences = [reference] }).ShouldCompile();

        Diagnostic gap = Assert.Single(result.AnalyzerDiagnostics, d => d.Id == "SSOT1014");
        Assert.Equal("Ssot.Canonical(\"Old.Counter\")", gap.Location.SourceTree!.GetText().ToString(gap.Location.SourceSpan));
        Assert.Contains("'Lib.Base.Hits'", gap.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static GeneratorResult Run(string source, bool allowUnsafe)
    {
        var options = new TestCompilation();
        CSharpCompilation compilation = options.Create(source);
        return GeneratorRunner.Run(allowUnsafe ? compilation.WithOptions(compilation.Options.WithAllowUnsafe(true)) : compilation, options);
    }
}
