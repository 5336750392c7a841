using Ssot;

namespace Acme.Web.Realtime;

public interface IBroadcaster
{
    int Sent { get; }
}

[Canonical("Acme.Web.Legacy.WebSocketManager", ServiceTypes = new[] { typeof(IBroadcaster) })]
public sealed class UnifiedWebSocketManager : IBroadcaster
{
    public int Sent { get; private set; }

    public void Send() => Sent++;
}
