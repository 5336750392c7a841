using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Netra.Backend.WebSocketCore;

/// <summary>One open connection. The transport is simulated: sent messages are kept in memory.</summary>
public sealed class WebSocketConnection
{
    private readonly ConcurrentQueue<string> _sent = new();

    internal WebSocketConnection(string id, string path, int sendBufferSize, DateTimeOffset connectedAt)
    {
        Id = id;
        Path = path;
        SendBufferSize = sendBufferSize;
        ConnectedAt = connectedAt;
    }

    public string Id { get; }

    public string Path { get; }

    public int SendBufferSize { get; }

    public DateTimeOffset ConnectedAt { get; }

    /// <summary>The messages sent on this connection, oldest first.</summary>
    public IReadOnlyCollection<string> Sent => _sent.ToArray();

    internal Task SendAsync(string message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }

    public override string ToString() => $"{Id} ({Path})";
}
