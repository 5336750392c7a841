using System.Threading;
using System.Threading.Tasks;
using Netra.Backend.WebSocketCore;

namespace Netra.Backend.LegacyConsumer.Chat;

/// <summary>
/// Legacy code in another project, written against the old type through a namespace import. It compiles unchanged.
/// This project gets no alias: Netra.Backend's public API still names the legacy type (SSOT2009), so
/// <c>WebSocketManager</c> means the legacy shim here, as it does there, and each mention is reported as SSOT0001.
/// </summary>
public sealed class LegacyChatHub
{
    private readonly WebSocketManager _manager;

    // A constructor parameter of the legacy type: dependency injection fills it from the generated registration.
    public LegacyChatHub(WebSocketManager manager)
    {
        _manager = manager;
    }

    /// <summary>Opens a chat connection for <paramref name="userId"/>.</summary>
    public string Join(string userId) => _manager.Connect(userId, path: "/chat").Id;

    public bool Leave(string userId) => _manager.Disconnect(userId, reason: "left the chat");

    public bool IsInRoom(string userId) =>
        _manager.TryGetConnection(userId, out WebSocketConnection? connection) && connection.Path == "/chat";

    public Task<int> SayAsync(string userId, string text, CancellationToken cancellationToken = default) =>
        _manager.BroadcastAsync($"{userId}: {text}", cancellationToken);
}
