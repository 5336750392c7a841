using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Ssot;

namespace Netra.Backend.WebSocketCore;

/// <summary>
/// The one WebSocket connection manager of the backend. It replaces the old <c>WebSocketManager</c>: the
/// [Canonical] attribute generates a legacy <c>WebSocketManager</c> facade over this type and
/// <c>services.AddUnifiedWebSocketManager()</c>. No global alias: code in this project lives in the old namespace, where
/// the old name finds the facade first (SSOT2007), so the name means the facade throughout.
/// </summary>
[Canonical("Netra.Backend.WebSocketCore.WebSocketManager", ServiceTypes = new[] { typeof(IWebSocketBroadcaster) })]
public sealed class UnifiedWebSocketManager : IWebSocketBroadcaster
{
    private readonly ConcurrentDictionary<string, WebSocketConnection> _connections = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public UnifiedWebSocketManager()
        : this(TimeProvider.System)
    {
    }

    public UnifiedWebSocketManager(TimeProvider clock)
    {
        _clock = clock;
    }

    /// <summary>The number of open connections.</summary>
    public int Count => _connections.Count;

    /// <summary>Raised after a connection opens.</summary>
    public event EventHandler<WebSocketConnection>? Connected;

    /// <summary>Raised after a connection closes, with the close status.</summary>
    public event EventHandler<WebSocketCloseStatus>? Disconnected;

    /// <summary>Opens (or returns the already open) connection <paramref name="connectionId"/>.</summary>
    public WebSocketConnection Connect(string connectionId, string path = "/ws", int sendBufferSize = 4 * 1024)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionId);
        var created = new WebSocketConnection(connectionId, path, sendBufferSize, _clock.GetUtcNow());
        WebSocketConnection connection = _connections.GetOrAdd(connectionId, created);
        if (ReferenceEquals(connection, created))
        {
            Connected?.Invoke(this, connection);
        }

        return connection;
    }

    /// <summary>Closes connection <paramref name="connectionId"/>; <see langword="false"/> if it was not open.</summary>
    public bool Disconnect(string connectionId, WebSocketCloseStatus status = WebSocketCloseStatus.NormalClosure, string? reason = null)
    {
        if (!_connections.TryRemove(connectionId, out _))
        {
            return false;
        }

        Disconnected?.Invoke(this, status);
        return true;
    }

    /// <summary>Whether connection <paramref name="connectionId"/> is open. The old manager called it <c>IsConnected</c>.</summary>
    [LegacyName("IsConnected")]
    public bool IsOpen(string connectionId) => _connections.ContainsKey(connectionId);

    public bool TryGetConnection(string connectionId, [NotNullWhen(true)] out WebSocketConnection? connection) =>
        _connections.TryGetValue(connectionId, out connection);

    public async Task<int> BroadcastAsync(string message, CancellationToken cancellationToken = default)
    {
        int delivered = 0;
        foreach (WebSocketConnection connection in _connections.Values)
        {
            await connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
            delivered++;
        }

        return delivered;
    }
}
