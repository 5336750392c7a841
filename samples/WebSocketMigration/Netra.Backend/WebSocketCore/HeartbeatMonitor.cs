using System.Threading;
using System.Threading.Tasks;

namespace Netra.Backend.WebSocketCore;

/// <summary>
/// Legacy code that still lives in the old type's namespace. Here the simple name <c>WebSocketManager</c> is found
/// as a member of this very namespace before any using directive is consulted, so it binds to the generated legacy
/// facade, not to the global alias: each mention below is reported as SSOT0001.
/// </summary>
public sealed class HeartbeatMonitor
{
    private readonly WebSocketManager _manager;

    public HeartbeatMonitor(WebSocketManager manager)
    {
        _manager = manager;
    }

    /// <summary>Sends a ping to every open connection and returns how many were reached.</summary>
    public Task<int> PingAllAsync(CancellationToken cancellationToken = default) =>
        _manager.BroadcastAsync("ping", cancellationToken);
}
