using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Generation;

public sealed class FacadeSnapshotTests
{
    private const string WebSocketManager = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Ssot;

        namespace Netra.Backend.WebSocketCore;

        public interface IWebSocketBroadcaster
        {
            Task BroadcastAsync(string message, CancellationToken cancellationToken = default);
        }

        public enum Priority { Low, Normal, High }

        [Canonical("Netra.Backend.WebSocketCore.WebSocketManager", ServiceTypes = new[] { typeof(IWebSocketBroadcaster) })]
        public sealed class UnifiedWebSocketManager : IWebSocketBroadcaster, IDisposable
        {
            public const int MaxConnections = 1024;
            private readonly Dictionary<string, int> _connections = new();

            public UnifiedWebSocketManager() { }

            public UnifiedWebSocketManager(int capacity) { Capacity = capacity; }

            public int Capacity { get; set; } = 16;

            public string Name { get; init; } = "default";

            public int Count => _connections.Count;

            public int this[string id] { get => _connections[id]; set => _connections[id] = value; }

            public event EventHandler<string>? Connected;

            public static int Instances { get; private set; }

            public void Connect(string id, Priority priority = Priority.Normal, decimal weight = 1.5m, string note = "a\t\"quoted\"")
            {
                _connections[id] = (int)priority;
                Connected?.Invoke(this, id);
            }

            public bool TryGet(string id, out int value) => _connections.TryGetValue(id, out value);

            public void Swap(ref int left, ref int right) => (left, right) = (right, left);

            public int Sum(params int[] values) { int total = 0; foreach (int v in values) total += v; return total; }

            public T Echo<T>(T value) where T : class, new() => value;

            public Task BroadcastAsync(string message, CancellationToken cancellationToken = default) => Task.CompletedTask;

            internal int InternalPing() => 42;

            public static UnifiedWebSocketManager Create() => new();

            void IDisposable.Dispose() { }
        }
        """;

    [Fact]
    public void Facade_of_a_sealed_class_forwards_every_member()
    {
        GeneratorResult result = GeneratorRunner.Run(WebSocketManager).ShouldCompile();

        Snapshot.Verify("Facade.WebSocketManager", result.Source("Ssot.Shim.Netra.Backend.WebSocketCore.WebSocketManager.g.cs"));
        Snapshot.Verify("Facade.WebSocketManager.Registrations", result.Source("Ssot.Registrations.g.cs"));
        Snapshot.Verify("Facade.WebSocketManager.Aliases", result.Source("Ssot.Aliases.g.cs"));
        Assert.Empty(result.AnalyzerDiagnostics);
    }
}
