using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// A consumer compiled long ago against the hand-written <c>WebSocketManager</c> of "Netra.Backend" v1 runs unchanged
/// against v2 of the same assembly, where only <c>UnifiedWebSocketManager</c> exists and the generator emits the legacy
/// type as a facade: every member reference of the old binary must still bind, and the results must be the same.
/// </summary>
public sealed class BinaryCompatibilityTests
{
    private const string BackendAssembly = "Netra.Backend";

    /// <summary>The old library: the real class that old binaries were compiled against.</summary>
    private const string BackendV1Source = """
        using System;
        using System.Collections.Generic;

        [assembly: System.Reflection.AssemblyVersion("1.0.0.0")]

        namespace Netra.Backend.WebSocketCore
        {
            public enum Priority { Low, Normal, High }

            public interface IWebSocketBroadcaster
            {
                int Broadcast(string message);
            }

            public sealed class WebSocketManager : IWebSocketBroadcaster
            {
                private readonly Dictionary<string, Priority> _connections = new();

                public WebSocketManager() { }

                public WebSocketManager(int capacity) { Capacity = capacity; }

                public static WebSocketManager Shared { get; } = new WebSocketManager(64);

                public static int MaxConnections => 1024;

                public event EventHandler<string>? Connected;

                public int Capacity { get; set; } = 16;

                public int Count => _connections.Count;

                public Priority this[string id] => _connections[id];

                public static string Describe(int capacity, string unit = "connections") => capacity + " " + unit;

                public string Connect(string id, Priority priority = Priority.Normal, string note = "none")
                {
                    _connections[id] = priority;
                    Connected?.Invoke(this, id);
                    return id + "/" + priority + "/" + note;
                }

                public bool TryGet(string id, out Priority priority) => _connections.TryGetValue(id, out priority);

                public int Broadcast(string message) => _connections.Count * message.Length;

                public bool IsSameAs(WebSocketManager other) => ReferenceEquals(this, other);

                public override string ToString() => "WebSocketManager(" + Capacity + ")";
            }
        }
        """;

    /// <summary>The new library: the same assembly identity, only the canonical type, the legacy type generated.</summary>
    private const string BackendV2Source = """
        using System;
        using System.Collections.Generic;
        using Ssot;

        [assembly: System.Reflection.AssemblyVersion("1.0.0.0")]

        namespace Netra.Backend.WebSocketCore
        {
            public enum Priority { Low, Normal, High }

            public interface IWebSocketBroadcaster
            {
                int Broadcast(string message);
            }

            [Canonical("Netra.Backend.WebSocketCore.WebSocketManager", ServiceTypes = new[] { typeof(IWebSocketBroadcaster) })]
            public sealed class UnifiedWebSocketManager : IWebSocketBroadcaster
            {
                private readonly Dictionary<string, Priority> _connections = new();

                public UnifiedWebSocketManager() { }

                public UnifiedWebSocketManager(int capacity) { Capacity = capacity; }

                public static UnifiedWebSocketManager Shared { get; } = new UnifiedWebSocketManager(64);

                public static int MaxConnections => 1024;

                public event EventHandler<string>? Connected;

                public int Capacity { get; set; } = 16;

                public int Count => _connections.Count;

                public Priority this[string id] => _connections[id];

                public static string Describe(int capacity, string unit = "connections") => capacity + " " + unit;

                public string Connect(string id, Priority priority = Priority.Normal, string note = "none")
                {
                    _connections[id] = priority;
                    Connected?.Invoke(this, id);
                    return id + "/" + priority + "/" + note;
                }

                public bool TryGet(string id, out Priority priority) => _connections.TryGetValue(id, out priority);

                public int Broadcast(string message) => _connections.Count * message.Length;

                public bool IsSameAs(UnifiedWebSocketManager other) => ReferenceEquals(this, other);

                public override string ToString() => "WebSocketManager(" + Capacity + ")";
            }
        }
        """;

    /// <summary>The old binary: compiled against v1 only, never recompiled.</summary>
    private const string ConsumerSource = """
        using System;
        using System.Collections.Generic;
        using Netra.Backend.WebSocketCore;

        public static class Probe
        {
            public static string Members()
            {
                var manager = new WebSocketManager(4);
                var events = new List<string>();
                EventHandler<string> handler = (sender, id) => events.Add(id);
                manager.Connected += handler;
                string first = manager.Connect("a");
                string second = manager.Connect("b", Priority.High, "urgent");
                manager.Connected -= handler;
                manager.Connect("c", Priority.Low);
                bool found = manager.TryGet("b", out Priority priority);
                bool missing = manager.TryGet("zz", out Priority none);
                manager.Capacity = manager.Capacity * 2;
                IWebSocketBroadcaster broadcaster = manager;
                var all = new List<WebSocketManager> { manager, new WebSocketManager() };
                object boxed = manager;
                return string.Join(
                    "|",
                    first,
                    second,
                    found + ":" + priority,
                    missing + ":" + none,
                    manager["a"],
                    manager.Capacity,
                    CountOf(manager),
                    broadcaster.Broadcast("hello"),
                    string.Join(",", events),
                    WebSocketManager.Describe(7),
                    WebSocketManager.Describe(8, "sockets"),
                    WebSocketManager.MaxConnections,
                    all[1].Capacity,
                    boxed is WebSocketManager,
                    manager.ToString(),
                    manager.Equals(all[0]),
                    manager.Equals(all[1]));
            }

            public static string SelfTypedMembers()
            {
                WebSocketManager shared = WebSocketManager.Shared;
                return shared.Capacity + "|" + shared.IsSameAs(WebSocketManager.Shared) + "|" + shared.IsSameAs(new WebSocketManager());
            }

            public static string EventSender()
            {
                var manager = new WebSocketManager();
                string seen = "";
                manager.Connected += (sender, id) => seen = id + ":" + ((WebSocketManager)sender!).Count + ":" + ReferenceEquals(sender, manager);
                manager.Connect("s");
                return seen;
            }

            private static int CountOf(WebSocketManager manager) => manager.Count;
        }
        """;

    private static readonly Lazy<Images> Compiled = new(Images.Build);

    [Fact]
    public void Old_binary_calling_constructors_methods_properties_events_and_statics_runs_unchanged_against_the_facade()
    {
        string againstV1 = Run(v2: false, "Members");
        string againstV2 = Run(v2: true, "Members");

        Assert.Equal(
            "a/Normal/none|b/High/urgent|True:High|False:Low|Normal|8|3|15|a,b|7 connections|8 sockets|1024|16|True|WebSocketManager(8)|True|False",
            againstV1);
        Assert.Equal(againstV1, againstV2);
    }

    [Fact]
    public void Old_binary_using_members_typed_with_the_legacy_type_runs_unchanged_against_the_facade()
    {
        string againstV1 = Run(v2: false, "SelfTypedMembers");
        string againstV2 = Run(v2: true, "SelfTypedMembers");

        Assert.Equal("64|True|False", againstV1);
        Assert.Equal(againstV1, againstV2);
    }

    [Fact]
    public void Old_binary_event_handler_casting_the_sender_to_the_legacy_type_runs_unchanged_against_the_facade()
    {
        string againstV1 = Run(v2: false, "EventSender");
        string againstV2 = Run(v2: true, "EventSender");

        Assert.Equal("s:1:True", againstV1);
        Assert.Equal(againstV1, againstV2);
    }

    [Fact]
    public void V2_keeps_the_assembly_identity_and_holds_the_generated_legacy_type()
    {
        Images images = Compiled.Value;
        var context = new TestLoadContext();
        Assembly v1 = context.LoadFromStream(new MemoryStream(images.BackendV1));
        var other = new TestLoadContext();
        Assembly v2 = other.LoadFromStream(new MemoryStream(images.BackendV2));

        Assert.Equal(v1.GetName().FullName, v2.GetName().FullName);
        Assert.Null(v1.GetType("Netra.Backend.WebSocketCore.UnifiedWebSocketManager"));
        Type legacy = v2.GetType("Netra.Backend.WebSocketCore.WebSocketManager", throwOnError: true)!;
        Assert.True(legacy.IsDefined(typeof(ObsoleteAttribute)));
        Assert.NotNull(v2.GetType("Netra.Backend.WebSocketCore.UnifiedWebSocketManager"));
    }

    /// <summary>Loads the consumer with "Netra.Backend" resolving to v1 or v2, the way a deployment directory would.</summary>
    private static string Run(bool v2, string method)
    {
        Images images = Compiled.Value;
        var context = new TestLoadContext();
        context.Provide(BackendAssembly, v2 ? images.BackendV2 : images.BackendV1);
        Assembly consumer = context.LoadFromStream(new MemoryStream(images.Consumer));
        string result = ProbeAssembly.From(consumer).Call<string>(method);

        // The run really bound to the image it was given, not to some other copy of the assembly.
        Assembly backend = Assert.Single(context.Assemblies, a => a.GetName().Name == BackendAssembly);
        Assert.Equal(v2, backend.GetType("Netra.Backend.WebSocketCore.UnifiedWebSocketManager") is not null);
        return result;
    }

    private sealed record Images(byte[] BackendV1, byte[] Consumer, byte[] BackendV2)
    {
        public static Images Build()
        {
            byte[] v1 = AssemblyImage.Emit(new TestCompilation { AssemblyName = BackendAssembly, WithDependencyInjection = false }.Create(BackendV1Source));

            var consumer = new TestCompilation
            {
                AssemblyName = "Legacy.Consumer",
                WithDependencyInjection = false,
                ExtraReferences = [MetadataReference.CreateFromImage(v1)],
            }.Create(ConsumerSource);
            Assert.Empty(consumer.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(GeneratorResult.Describe));

            GeneratorResult v2 = GeneratorRunner.Run(BackendV2Source, new TestCompilation { AssemblyName = BackendAssembly }).ShouldCompile();
            return new Images(v1, AssemblyImage.Emit(consumer), AssemblyImage.Emit(v2.Output));
        }
    }
}
