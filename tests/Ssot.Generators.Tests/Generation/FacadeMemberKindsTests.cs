using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

/// <summary>The facade's hardest member shapes, in one type: the snapshot is the review, the compile is the proof.</summary>
public sealed class FacadeMemberKindsTests
{
    private const string KitchenSink = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics.CodeAnalysis;
        using System.Runtime.CompilerServices;
        using Ssot;

        namespace Shapes;

        public enum Mode : byte { Off = 0, On = 1, Both = 3 }

        public struct Point { public int X; public int Y; }

        public interface IShape { double Area { get; } }

        public interface IVisitor<T> { T Visit<TItem>(TItem item) where TItem : class; }

        public interface IArithmetic<TSelf> where TSelf : IArithmetic<TSelf> { static abstract TSelf Zero { get; } }

        public class ShapeBase
        {
            public virtual string Describe() => "base";
            public int BaseValue { get; set; }
            public void Hidden() { }
            protected void ProtectedOnly() { }
        }

        // A facade on purpose: Auto would choose a subclass for a class with a base class, and SSOT1016 says so.
        [Canonical("Old.Shapes.Shape", Shim = ShimKind.Facade)]
        public class Shape : ShapeBase, IShape, IVisitor<string>, IArithmetic<Shape>, IEquatable<Shape>
        {
            public static Shape Zero => new();
            public double Area => 0;
            public override string Describe() => "shape";
            public new void Hidden() { }
            public int Field;
            public readonly int ReadOnlyField = 1;
            public static int StaticField;
            public int this[int x, string y] { get => x; internal set { } }
            public ref int RefProperty => ref Field;
            public ref readonly int RefReadOnly(in int value) => ref Field;
            public void Scoped(scoped ReadOnlySpan<char> text, scoped ref Span<int> span) { }
            public void ReadOnlyRef(ref readonly int value) { }
            public int ParamsSpan(params ReadOnlySpan<int> values) => values.Length;
            public void Defaults(
                Mode mode = Mode.Both,
                Mode unnamed = (Mode)7,
                char c = '\n',
                float f = 1.25f,
                double d = double.NaN,
                long l = long.MinValue,
                uint u = 4000000000,
                int? maybe = null,
                Point point = default,
                string? text = null,
                decimal m = -0.5m,
                DateTime when = default,
                short s = -2,
                object? o = null) { }
            public bool TryFind(string key, [NotNullWhen(true)] out string? value) { value = key; return true; }
            public string Log(string message, [CallerMemberName] string member = "", [CallerLineNumber] int line = 0) => member;
            public void Check(bool condition, [CallerArgumentExpression(nameof(condition))] string? expression = null) { }
            [return: NotNullIfNotNull(nameof(input))]
            public string? Pass(string? input) => input;
            public void Constraints<TClass, TStruct, TUnmanaged, TNotNull, TNew, TBase, TNullable>()
                where TClass : class
                where TStruct : struct
                where TUnmanaged : unmanaged
                where TNotNull : notnull
                where TNew : new()
                where TBase : ShapeBase, IShape
                where TNullable : class?
            { }
            public void RefLike<T>(T value) where T : allows ref struct { }
            public (int Count, string Name) Tuple() => (1, "a");
            public IEnumerable<KeyValuePair<string, List<int?>>> Nested() => [];
            public void Overload(int value) { }
            public void Overload(string value) { }
            public void Overload(ref int value) { }
            public static event EventHandler? StaticChanged;
            public static void RaiseStatic() => StaticChanged?.Invoke(null, EventArgs.Empty);
            internal string InternalProperty { get; set; } = "";
            protected internal int ProtectedInternal() => 1;
            public string Shape2 => "member named like nothing special";
            public void Shape_() { }
            public string Visit<TItem>(TItem item) where TItem : class => "visited";
            string IVisitor<string>.Visit<TItem>(TItem item) => "explicit";
            public bool Equals(Shape? other) => ReferenceEquals(this, other);
            public override bool Equals(object? obj) => Equals(obj as Shape);
            public override int GetHashCode() => 1;
            public override string ToString() => "Shape";
            public static Shape operator +(Shape left, Shape right) => left;
            public class NestedType { }
            private void PrivateOnly() { }
        }
        """;

    [Fact]
    public void Every_member_shape_is_forwarded_or_deliberately_left_out()
    {
        GeneratorResult result = GeneratorRunner.Run(KitchenSink).ShouldCompile();

        Snapshot.Verify("Facade.MemberKinds", result.Source("Ssot.Shim.Old.Shapes.Shape.g.cs"));
        Assert.Contains(result.AnalyzerDiagnostics, d => d.Id == "SSOT1016");
    }
}
