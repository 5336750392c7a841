using System;
using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Realtime;

/// <summary>
/// Legacy code, untouched since the consolidation: it still says <c>WebSocketManager</c> under the old
/// <c>using Netra.Backend.WebSocketCore;</c>. The generated <c>global using WebSocketManager = ...UnifiedWebSocketManager;</c>
/// wins over that namespace import, so this file now compiles against the canonical type, silently: no SSOT0001 here.
/// </summary>
public sealed class PresenceTracker
{
    private readonly WebSocketManager _manager;

    public PresenceTracker(WebSocketManager manager)
    {
        _manager = manager;
    }

    /// <summary>The type the name <c>WebSocketManager</c> means in this file.</summary>
    public static Type ManagerType => typeof(WebSocketManager);

    /// <summary>The canonical instance this tracker was given.</summary>
    public UnifiedWebSocketManager Manager => _manager;

    public bool IsOnline(string userId) => _manager.TryGetConnection(userId, out _);

    public int OnlineCount => _manager.Count;
}
