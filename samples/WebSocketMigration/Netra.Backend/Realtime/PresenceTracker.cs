using System;
using Netra.Backend.WebSocketCore;

namespace Netra.Backend.Realtime;

/// <summary>
/// Legacy code, untouched since the consolidation: it still says <c>WebSocketManager</c> under the old
/// <c>using Netra.Backend.WebSocketCore;</c>. <c>HeartbeatMonitor</c>, in that very namespace, says it too and finds the
/// generated facade there before any alias, so the project gets no alias (SSOT2007 says why): here too the name means
/// the facade, one name one type, and each mention is reported.
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
