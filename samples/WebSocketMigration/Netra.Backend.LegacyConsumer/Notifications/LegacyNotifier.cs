using System;
using System.Threading.Tasks;

namespace Netra.Backend.LegacyConsumer.Notifications;

/// <summary>
/// Older still: legacy code that names the old type fully qualified, constructs it with <c>new</c> and inspects it
/// with <c>typeof</c>. Every one of those mentions is reported as SSOT0001, at its own location.
/// </summary>
public sealed class LegacyNotifier
{
    private readonly Netra.Backend.WebSocketCore.WebSocketManager _manager;

    public LegacyNotifier(Netra.Backend.WebSocketCore.WebSocketManager manager)
    {
        _manager = manager;
    }

    /// <summary>The type this notifier was written against.</summary>
    public static Type ManagerType => typeof(Netra.Backend.WebSocketCore.WebSocketManager);

    /// <summary>The manager this notifier sends through (the legacy facade).</summary>
    public Netra.Backend.WebSocketCore.WebSocketManager Manager => _manager;

    /// <summary>
    /// What old tests and tools did: build a private manager with <c>new</c>. <c>new</c> still means a new
    /// instance (with its own canonical object inside), exactly as it did before the consolidation.
    /// </summary>
    public static LegacyNotifier CreateStandalone() => new(new Netra.Backend.WebSocketCore.WebSocketManager());

    public Task<int> NotifyAllAsync(string text) => _manager.BroadcastAsync("notice: " + text);
}
