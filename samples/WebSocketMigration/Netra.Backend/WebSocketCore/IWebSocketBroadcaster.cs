using System.Threading;
using System.Threading.Tasks;

namespace Netra.Backend.WebSocketCore;

/// <summary>Sends a message to every open connection.</summary>
public interface IWebSocketBroadcaster
{
    /// <summary>The number of open connections.</summary>
    int Count { get; }

    /// <summary>Sends <paramref name="message"/> to every open connection and returns how many received it.</summary>
    Task<int> BroadcastAsync(string message, CancellationToken cancellationToken = default);
}
