using System.Threading.Tasks;
using Xunit;
using Verify = Ssot.Generators.Tests.CodeFixes.CodeFixVerifier<Ssot.Generators.Analysis.IdentityThroughFacadeAnalyzer, Ssot.CodeFixes.IdentityThroughFacadeCodeFixProvider>;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// SSOT1023: a reference-identity comparison between a facade-typed value and a canonical instance is always false (the
/// facade and the instance it wraps are two objects); the fix compares the wrapped instance, '(UnifiedWidget)other'.
/// </summary>
public sealed class IdentityThroughFacadeTests
{
    [Fact]
    public async Task Comparisons_of_this_with_a_parameter_of_the_old_name_are_reported_and_fixed_all_at_once()
    {
        const string source = """
            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Widget")]
                public sealed class UnifiedWidget
                {
                    public bool Same({|SSOT0005:Widget|} other) => ReferenceEquals(this, {|SSOT1023:other|});

                    public bool SameObject({|SSOT0005:Widget|} other) => (object){|SSOT1023:other|} == this;

                    public bool Different({|SSOT0005:Widget|} other) => this != (object){|SSOT1023:other|};

                    public bool Either(bool first, {|SSOT0005:Widget|} a, {|SSOT0005:Widget|} b) => object.ReferenceEquals({|SSOT1023:first ? a : b|}, this);
                }
            }
            """;
        const string fixedSource = """
            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Widget")]
                public sealed class UnifiedWidget
                {
                    public bool Same({|SSOT0005:Widget|} other) => ReferenceEquals(this, (UnifiedWidget)other);

                    public bool SameObject({|SSOT0005:Widget|} other) => (object)(UnifiedWidget)other == this;

                    public bool Different({|SSOT0005:Widget|} other) => this != (object)(UnifiedWidget)other;

                    public bool Either(bool first, {|SSOT0005:Widget|} a, {|SSOT0005:Widget|} b) => object.ReferenceEquals((UnifiedWidget)(first ? a : b), this);
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public async Task A_consumer_comparing_a_facade_with_a_canonical_instance_gets_a_canonical_name_that_binds()
    {
        // The consumer's namespace imports neither: the alias 'Widget' would bind, but it is the name being retired.
        const string source = """
            namespace App
            {
                public static class Program
                {
                    public static bool Same(Acme.Storage.UnifiedWidget canonical, {|SSOT0001:Acme.Storage.Widget|} legacy) => object.ReferenceEquals(canonical, {|SSOT1023:legacy|});
                }
            }
            """;
        const string fixedSource = """
            namespace App
            {
                public static class Program
                {
                    public static bool Same(Acme.Storage.UnifiedWidget canonical, {|SSOT0001:Acme.Storage.Widget|} legacy) => object.ReferenceEquals(canonical, (Acme.Storage.UnifiedWidget)legacy);
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource, Library);
    }

    [Fact]
    public async Task Two_facades_an_object_that_may_be_the_facade_and_a_subclass_shim_are_not_reported()
    {
        // One facade per canonical instance: two facade-typed values of one instance are one object. An 'object' may hold
        // the facade itself (an event's sender seen through the facade is the facade). A subclass shim's instance is the
        // canonical instance.
        const string source = """
            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Widget")]
                public sealed class UnifiedWidget
                {
                    internal static bool Both({|SSOT0001:Widget|} a, {|SSOT0001:Widget|} b) => a == b || ReferenceEquals(a, b);

                    internal static bool Sender(object sender, {|SSOT0001:Widget|} widget) => ReferenceEquals(sender, widget) || sender == (object)widget;

                    internal bool Converted({|SSOT0001:Widget|} other) => ReferenceEquals(this, (UnifiedWidget)other);
                }

                [Ssot.Canonical("Acme.Storage.Node")]
                public abstract class UnifiedNode
                {
                    internal bool Same({|SSOT0001:Node|} other) => ReferenceEquals(this, other) || other == this;
                }
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [Fact]
    public async Task A_comparison_that_chooses_a_user_defined_operator_is_not_reported()
    {
        const string source = """
            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Widget")]
                public sealed class UnifiedWidget
                {
                    public int Value { get; set; }

                    public static bool operator ==(UnifiedWidget? left, object? right) => right is UnifiedWidget other ? left?.Value == other.Value : right is null && left is null;

                    public static bool operator !=(UnifiedWidget? left, object? right) => !(left == right);

                    public override bool Equals(object? obj) => obj is UnifiedWidget other && other.Value == Value;

                    public override int GetHashCode() => Value;

                    internal bool Same({|SSOT0001:Widget|} other) => this == other;
                }
            }
            """;

        await Verify.VerifyAsync(source, source);
    }

    [Fact]
    public async Task Equality_of_a_facade_and_its_canonical_type_that_no_longer_compiles_is_fixed_to_compare_the_instance()
    {
        // v1's 'other == this' on one class: after the rename in place 'other' is the facade, and there is no reference
        // equality between two unrelated classes (CS0019). The fix gives back what v1 compared: the canonical instance.
        const string source = """
            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Widget")]
                public sealed class UnifiedWidget
                {
                    internal bool Same({|SSOT0001:Widget|} other) => {|CS0019:{|SSOT1023:other|} == this|};
                }
            }
            """;
        const string fixedSource = """
            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Widget")]
                public sealed class UnifiedWidget
                {
                    internal bool Same({|SSOT0001:Widget|} other) => (UnifiedWidget)other == this;
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public async Task A_generic_facade_is_cast_to_the_canonical_type_with_its_type_arguments()
    {
        const string source = """
            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Repo`1")]
                public sealed class UnifiedRepo<T>
                {
                    internal bool Same({|SSOT0001:Repo<T>|} other) => ReferenceEquals({|SSOT1023:other|}, this);

                    internal static bool Same({|SSOT0001:Repo<int>|} legacy, UnifiedRepo<int> canonical) => ReferenceEquals(canonical, {|SSOT1023:legacy|});
                }
            }
            """;
        const string fixedSource = """
            namespace Acme.Storage
            {
                [Ssot.Canonical("Acme.Storage.Repo`1")]
                public sealed class UnifiedRepo<T>
                {
                    internal bool Same({|SSOT0001:Repo<T>|} other) => ReferenceEquals((UnifiedRepo<T>)other, this);

                    internal static bool Same({|SSOT0001:Repo<int>|} legacy, UnifiedRepo<int> canonical) => ReferenceEquals(canonical, (UnifiedRepo<int>)legacy);
                }
            }
            """;

        await Verify.VerifyAsync(source, fixedSource);
    }

    private const string Library = """
        namespace Acme.Storage
        {
            [Ssot.Canonical("Acme.Storage.Widget")]
            public sealed class UnifiedWidget
            {
            }
        }
        """;
}
