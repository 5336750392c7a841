using System;
using System.Reflection;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// Old code that still names the legacy type runs through the facade: every member kind reaches the one canonical
/// instance, and what the canonical member returns (or writes back) reaches the old code.
/// </summary>
public sealed class FacadeForwardingTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using Ssot;

        namespace New.Ns
        {
            public enum Priority { Low, Normal, High }

            public struct Size
            {
                public Size(int width, int height) { Width = width; Height = height; }

                public int Width { get; }

                public int Height { get; }
            }

            public interface IGreeter { string Greet(string name); }

            public interface ICounter { int Next(); }

            [Canonical("Old.Ns.WebSocketManager")]
            public sealed class UnifiedWebSocketManager : IGreeter, ICounter, IDisposable
            {
                private readonly Dictionary<string, int> _connections = new();
                private int _next;

                public UnifiedWebSocketManager() { }

                public UnifiedWebSocketManager(int capacity) { Capacity = capacity; }

                public UnifiedWebSocketManager(string name, int capacity = 7) { Name = name; Capacity = capacity; }

                public static event Action<int>? Ticked;

                public event EventHandler<string>? Connected;

                public static int StaticCounter { get; set; }

                public int Capacity { get; set; } = 16;

                public string Name { get; init; } = "default";

                public string LastCall { get; private set; } = "";

                public int Count => _connections.Count;

                public bool Disposed { get; private set; }

                internal int Secret { get; set; }

                public int this[string id] { get => _connections[id]; set => _connections[id] = value; }

                public static string StaticConcat(string a, string b = "!") => a + b;

                public static void Tick(int value) => Ticked?.Invoke(value);

                public string Connect(
                    string id,
                    Priority priority = Priority.High,
                    decimal weight = 1.25m,
                    string note = "tab\t\"quoted\"\\back\u00e9\r\n",
                    string? tag = null,
                    Size size = default,
                    int? retries = 3,
                    char separator = ',',
                    double ratio = 0.1)
                {
                    _connections[id] = (int)priority;
                    LastCall = string.Join(
                        "|",
                        id,
                        priority.ToString(),
                        weight.ToString(CultureInfo.InvariantCulture),
                        note,
                        tag ?? "<null>",
                        size.Width + "x" + size.Height,
                        retries?.ToString(CultureInfo.InvariantCulture) ?? "<null>",
                        separator.ToString(),
                        ratio.ToString("R", CultureInfo.InvariantCulture));
                    Connected?.Invoke(this, id);
                    return LastCall;
                }

                public bool TryGet(string id, out int value) => _connections.TryGetValue(id, out value);

                public void Swap(ref int left, ref int right) => (left, right) = (right, left);

                public int Twice(in int value) => value * 2;

                public int Sum(params int[] values)
                {
                    int total = 0;
                    foreach (int value in values)
                    {
                        total += value;
                    }

                    return total;
                }

                public string Joined(string separator, params object[] parts) => string.Join(separator, parts);

                public T Echo<T>(T value) where T : class, new() => value;

                public string Describe<T>(T value) where T : struct, IComparable<T> => typeof(T).Name + ":" + value.CompareTo(default);

                public TResult Map<TSource, TResult>(TSource source, Func<TSource, TResult> map) where TSource : notnull => map(source);

                public bool TryFirst<T>(IEnumerable<T> items, out T? first)
                {
                    foreach (T item in items)
                    {
                        first = item;
                        return true;
                    }

                    first = default;
                    return false;
                }

                internal int InternalPing(int value) => value + 42;

                string IGreeter.Greet(string name) => "hello " + name + " from " + Name;

                public int Next() => ++_next;

                void IDisposable.Dispose() => Disposed = true;

                public override bool Equals(object? obj) => obj is UnifiedWebSocketManager other && other.Capacity == Capacity && other.Name == Name;

                public override int GetHashCode() => Capacity * 31 + Name.Length;

                public override string ToString() => "UWSM(" + Name + ", " + Capacity + ")";
            }
        }

        #pragma warning disable SSOT0001
        public static class Probe
        {
            public static string Constructors()
            {
                var a = new Old.Ns.WebSocketManager();
                var b = new Old.Ns.WebSocketManager(4);
                var c = new Old.Ns.WebSocketManager("named");
                var d = new Old.Ns.WebSocketManager("named", 9);
                return a.Capacity + "," + b.Capacity + "," + c.Name + ":" + c.Capacity + "," + d.Name + ":" + d.Capacity;
            }

            public static string InstanceMethodReachesCanonical()
            {
                var legacy = new Old.Ns.WebSocketManager();
                New.Ns.UnifiedWebSocketManager canonical = legacy;
                string returned = legacy.Connect("a", New.Ns.Priority.Low, 2m, "n", "t", new New.Ns.Size(1, 2), null, ';', 0.5);
                return returned + "#" + canonical.LastCall + "#" + canonical.Count;
            }

            public static string DefaultsThroughLegacy() => new Old.Ns.WebSocketManager().Connect("a");

            public static string DefaultsOfCanonical() => new New.Ns.UnifiedWebSocketManager().Connect("a");

            public static string OutRefIn()
            {
                var legacy = new Old.Ns.WebSocketManager();
                legacy.Connect("x", New.Ns.Priority.Normal);
                bool found = legacy.TryGet("x", out int value);
                bool missing = legacy.TryGet("y", out int none);
                int left = 1, right = 2;
                legacy.Swap(ref left, ref right);
                int input = 21;
                int twice = legacy.Twice(in input);
                bool any = legacy.TryFirst(new[] { "p", "q" }, out string? first);
                return found + ":" + value + "," + missing + ":" + none + "," + left + right + "," + twice + "," + any + ":" + first;
            }

            public static string Params()
            {
                var legacy = new Old.Ns.WebSocketManager();
                return legacy.Sum() + "," + legacy.Sum(1, 2, 3) + "," + legacy.Sum(new[] { 4, 5 }) + "," + legacy.Joined("-", "a", 1, 'c');
            }

            public static object[] Generics()
            {
                var legacy = new Old.Ns.WebSocketManager();
                var builder = new System.Text.StringBuilder("sb");
                return new object[] { builder, legacy.Echo(builder), legacy.Describe(5), legacy.Describe(-2L), legacy.Map(21, x => x * 2), legacy.Map("abc", s => s.Length) };
            }

            public static string Properties()
            {
                var legacy = new Old.Ns.WebSocketManager();
                New.Ns.UnifiedWebSocketManager canonical = legacy;
                legacy.Capacity = 99;
                int seenByCanonical = canonical.Capacity;
                canonical.Capacity = 7;
                canonical.Connect("p");
                return seenByCanonical + "," + legacy.Capacity + "," + legacy.Count + "," + (legacy.LastCall == canonical.LastCall && legacy.LastCall.Length > 0);
            }

            public static string InitOnly()
            {
                var legacy = new Old.Ns.WebSocketManager(3) { Name = "init-name" };
                New.Ns.UnifiedWebSocketManager canonical = legacy;
                return canonical.Name + "," + legacy.Name + "," + canonical.Capacity;
            }

            public static string Indexer()
            {
                var legacy = new Old.Ns.WebSocketManager();
                New.Ns.UnifiedWebSocketManager canonical = legacy;
                legacy["k"] = 5;
                canonical["j"] = 6;
                return canonical["k"] + "," + legacy["j"] + "," + canonical.Count;
            }

            public static string Events()
            {
                var legacy = new Old.Ns.WebSocketManager();
                New.Ns.UnifiedWebSocketManager canonical = legacy;
                var seen = new List<string>();
                EventHandler<string> handler = (sender, id) => seen.Add(id);
                legacy.Connected += handler;
                canonical.Connect("one");
                legacy.Connect("two");
                legacy.Connected -= handler;
                canonical.Connect("three");
                return string.Join(",", seen);
            }

            public static string StaticEvents()
            {
                var seen = new List<int>();
                Action<int> handler = seen.Add;
                Old.Ns.WebSocketManager.Ticked += handler;
                New.Ns.UnifiedWebSocketManager.Tick(1);
                Old.Ns.WebSocketManager.Tick(2);
                Old.Ns.WebSocketManager.Ticked -= handler;
                New.Ns.UnifiedWebSocketManager.Tick(3);
                return string.Join(",", seen);
            }

            public static string Statics()
            {
                Old.Ns.WebSocketManager.StaticCounter = 41;
                New.Ns.UnifiedWebSocketManager.StaticCounter++;
                return Old.Ns.WebSocketManager.StaticCounter + "," + Old.Ns.WebSocketManager.StaticConcat("a") + "," + Old.Ns.WebSocketManager.StaticConcat("a", "b");
            }

            public static string Internals()
            {
                var legacy = new Old.Ns.WebSocketManager();
                New.Ns.UnifiedWebSocketManager canonical = legacy;
                legacy.Secret = 8;
                return legacy.InternalPing(1) + "," + canonical.Secret;
            }

            public static string Interfaces()
            {
                var legacy = new Old.Ns.WebSocketManager("iface");
                New.Ns.UnifiedWebSocketManager canonical = legacy;
                ((IDisposable)legacy).Dispose();
                string greeting = ((New.Ns.IGreeter)legacy).Greet("bob");
                New.Ns.ICounter counter = legacy;
                int first = counter.Next();
                int second = legacy.Next();
                int third = ((New.Ns.ICounter)canonical).Next();
                return canonical.Disposed + "," + greeting + "," + first + second + third;
            }

            public static string UsingStatement()
            {
                var legacy = new Old.Ns.WebSocketManager();
                using (legacy)
                {
                }

                return ((New.Ns.UnifiedWebSocketManager)legacy).Disposed.ToString();
            }

            public static string Equality()
            {
                var legacy = new Old.Ns.WebSocketManager("eq", 4);
                var twin = new Old.Ns.WebSocketManager("eq", 4);
                var other = new Old.Ns.WebSocketManager("eq", 5);
                object canonicalTwin = new New.Ns.UnifiedWebSocketManager("eq", 4);
                return legacy.Equals(twin) + "," + legacy.Equals(other) + "," + legacy.Equals(canonicalTwin) + "," + canonicalTwin.Equals(legacy) + ","
                    + (legacy.GetHashCode() == canonicalTwin.GetHashCode()) + "," + legacy.GetHashCode() + "," + legacy;
            }
        }
        """;

    private static readonly Lazy<ProbeAssembly> Compiled = new(() => ProbeAssembly.Compile(Source));

    private static ProbeAssembly Probe => Compiled.Value;

    private static Type Legacy => Probe.Type("Old.Ns.WebSocketManager");

    [Fact]
    public void Constructors_are_mirrored_with_their_default_values()
    {
        Assert.Equal("16,4,named:7,named:9", Probe.Call<string>("Constructors"));
    }

    [Fact]
    public void Instance_method_runs_on_the_wrapped_canonical_instance()
    {
        string expected = "a|Low|2|n|t|1x2|<null>|;|0.5";
        Assert.Equal(expected + "#" + expected + "#1", Probe.Call<string>("InstanceMethodReachesCanonical"));
    }

    [Fact]
    public void Omitted_arguments_reach_the_canonical_method_as_its_own_default_values()
    {
        const string expected = "a|High|1.25|tab\t\"quoted\"\\back\u00e9\r\n|<null>|0x0|3|,|0.1";

        Assert.Equal(expected, Probe.Call<string>("DefaultsOfCanonical"));
        Assert.Equal(expected, Probe.Call<string>("DefaultsThroughLegacy"));
    }

    [Fact]
    public void Out_ref_and_in_arguments_flow_through_the_facade()
    {
        Assert.Equal("True:1,False:0,21,42,True:p", Probe.Call<string>("OutRefIn"));
    }

    [Fact]
    public void Params_arrays_are_forwarded_in_expanded_and_array_form()
    {
        Assert.Equal("0,6,9,a-1-c", Probe.Call<string>("Params"));
    }

    [Fact]
    public void Generic_methods_are_forwarded_with_their_type_arguments()
    {
        object[] results = Probe.Call<object[]>("Generics");

        Assert.Same(results[0], results[1]);
        Assert.Equal("Int32:1", results[2]);
        Assert.Equal("Int64:-1", results[3]);
        Assert.Equal(42, results[4]);
        Assert.Equal(3, results[5]);
    }

    [Fact]
    public void Generic_methods_keep_their_constraints()
    {
        Type echo = Legacy.GetMethod("Echo")!.GetGenericArguments()[0];
        Type describe = Legacy.GetMethod("Describe")!.GetGenericArguments()[0];

        Assert.Equal(
            GenericParameterAttributes.ReferenceTypeConstraint | GenericParameterAttributes.DefaultConstructorConstraint,
            echo.GenericParameterAttributes & GenericParameterAttributes.SpecialConstraintMask);
        Assert.True(describe.GenericParameterAttributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint));
        Type comparable = Assert.Single(describe.GetGenericParameterConstraints(), c => c.IsGenericType);
        Assert.Equal(typeof(IComparable<>), comparable.GetGenericTypeDefinition());
    }

    [Fact]
    public void Properties_read_and_write_the_canonical_instance()
    {
        Assert.Equal("99,7,1,True", Probe.Call<string>("Properties"));
    }

    [Fact]
    public void Property_with_a_private_setter_is_read_only_on_the_facade()
    {
        PropertyInfo lastCall = Legacy.GetProperty("LastCall")!;

        Assert.NotNull(lastCall.GetMethod);
        Assert.True(lastCall.SetMethod is null || !lastCall.SetMethod.IsPublic);
    }

    [Fact]
    public void Init_property_set_in_an_object_initializer_of_the_legacy_type_sets_the_canonical_property()
    {
        Assert.Equal("init-name,init-name,3", Probe.Call<string>("InitOnly"));
    }

    [Fact]
    public void Indexer_reads_and_writes_the_canonical_instance()
    {
        Assert.Equal("5,6,2", Probe.Call<string>("Indexer"));
    }

    [Fact]
    public void Event_handler_added_through_the_legacy_type_runs_when_the_canonical_raises_and_can_be_removed()
    {
        Assert.Equal("one,two", Probe.Call<string>("Events"));
    }

    [Fact]
    public void Static_event_handler_added_through_the_legacy_type_runs_and_can_be_removed()
    {
        Assert.Equal("1,2", Probe.Call<string>("StaticEvents"));
    }

    [Fact]
    public void Static_methods_and_properties_reach_the_canonical_type()
    {
        Assert.Equal("42,a!,ab", Probe.Call<string>("Statics"));
    }

    [Fact]
    public void Internal_members_are_callable_from_the_same_assembly_and_stay_internal()
    {
        Assert.Equal("43,8", Probe.Call<string>("Internals"));

        MethodInfo ping = Legacy.GetMethod("InternalPing", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!;
        Assert.True(ping.IsAssembly);
        PropertyInfo secret = Legacy.GetProperty("Secret", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!;
        Assert.True(secret.GetMethod!.IsAssembly);
    }

    [Fact]
    public void Interface_members_including_explicit_implementations_reach_the_canonical_instance()
    {
        Assert.Equal("True,hello bob from iface,123", Probe.Call<string>("Interfaces"));
    }

    [Fact]
    public void Legacy_instance_in_a_using_statement_disposes_the_canonical_instance()
    {
        Assert.Equal("True", Probe.Call<string>("UsingStatement"));
    }

    [Fact]
    public void Facade_implements_the_public_interfaces_of_the_canonical_type()
    {
        Type canonical = Probe.Type("New.Ns.UnifiedWebSocketManager");

        foreach (Type @interface in canonical.GetInterfaces())
        {
            Assert.Contains(@interface, Legacy.GetInterfaces());
        }
    }

    [Fact]
    public void Equals_GetHashCode_and_ToString_are_those_of_the_canonical_instance()
    {
        // Two facades are equal when their canonical instances are; a facade and a canonical instance never are,
        // either way round, so Equals stays symmetric.
        Assert.Equal("True,False,False,False,True,126,UWSM(eq, 4)", Probe.Call<string>("Equality"));
    }

    [Fact]
    public void Shim_is_a_sealed_obsolete_type_under_the_legacy_name()
    {
        Assert.True(Legacy.IsSealed);
        ObsoleteAttribute obsolete = Assert.Single(Legacy.GetCustomAttributes<ObsoleteAttribute>());
        Assert.Equal("SSOT0001", obsolete.DiagnosticId);
        Assert.False(obsolete.IsError);
    }
}
