using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Netra.Backend.LegacyConsumer.Chat;
using Netra.Backend.LegacyConsumer.Notifications;
using Netra.Backend.Realtime;
using Netra.Backend.WebSocketCore;

namespace Netra.App;

/// <summary>
/// Wires the backend the way an application does after the consolidation, and checks, out loud, that the canonical
/// type, its service interface and the legacy name are one instance. Exits with 1 if any check fails.
/// </summary>
public static class Program
{
    private static int s_failures;

    public static async Task<int> Main()
    {
        Console.WriteLine("Netra WebSocket migration sample");
        Console.WriteLine();

        // 1. One call registers the canonical type, IWebSocketBroadcaster and the legacy WebSocketManager.
        var services = new ServiceCollection();
        services.AddUnifiedWebSocketManager();
        int registered = services.Count;
        services.AddUnifiedWebSocketManager();
        services.AddNetraBackendCanonicalTypes();
        Console.WriteLine("Registrations:");
        foreach (ServiceDescriptor descriptor in services)
        {
            Console.WriteLine($"  {descriptor.Lifetime,-9} {descriptor.ServiceType.FullName}");
        }

        Check($"AddUnifiedWebSocketManager() registered 3 services (canonical, IWebSocketBroadcaster, legacy): {registered}", registered == 3);
        Check($"calling it again (and the aggregate AddNetraBackendCanonicalTypes()) added nothing: still {services.Count}", services.Count == registered);

        // Application services written against the old type, resolved by the container as they always were.
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<LegacyChatHub>();
        services.AddSingleton<LegacyNotifier>();

        using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // 2. Every name resolves to one instance.
        var canonical = provider.GetRequiredService<UnifiedWebSocketManager>();
        var broadcaster = provider.GetRequiredService<IWebSocketBroadcaster>();
#pragma warning disable SSOT0001 // This app names the legacy type on purpose: to prove it resolves to the canonical instance.
        // Fully qualified, so the line says which type it means whatever the project's alias rule decides.
        var legacy = provider.GetRequiredService<Netra.Backend.WebSocketCore.WebSocketManager>();
        UnifiedWebSocketManager unwrapped = legacy;
        var legacyAgain = provider.GetRequiredService<Netra.Backend.WebSocketCore.WebSocketManager>();
        Netra.Backend.WebSocketCore.WebSocketManager facadeAgain = canonical;
#pragma warning restore SSOT0001

        Console.WriteLine();
        Console.WriteLine("One instance:");
        Check("IWebSocketBroadcaster is the canonical instance", ReferenceEquals(broadcaster, canonical));
#pragma warning disable SSOT1023 // On purpose: the facade is a separate object from the instance it wraps, which is what SSOT1023 reports.
        Check($"legacy WebSocketManager resolved as a facade ({legacy.GetType().Name}), not a second manager", !ReferenceEquals(legacy, canonical));
#pragma warning restore SSOT1023
        Check("the legacy facade converts to the very same canonical instance", ReferenceEquals(unwrapped, canonical));
        Check("the canonical instance converts back to the same facade the container returned", ReferenceEquals(facadeAgain, legacy));
        Check("resolving the legacy name again returns the same facade", ReferenceEquals(legacyAgain, legacy));

        // 3. State is shared: an action through the legacy name is visible through the canonical type, and the reverse.
        Console.WriteLine();
        Console.WriteLine("Shared state:");
        string? connectedViaEvent = null;
        canonical.Connected += (_, connection) => connectedViaEvent = connection.Id;

        legacy.Connect("alice");
        Check($"connect 'alice' via the legacy facade -> canonical Count is {canonical.Count}", canonical.Count == 1);
        Check($"the canonical Connected event saw it: '{connectedViaEvent}'", connectedViaEvent == "alice");

        canonical.Connect("bob", path: "/chat");
        Check($"connect 'bob' via the canonical type -> legacy Count is {legacy.Count}", legacy.Count == 2);
        Check("TryGetConnection through the legacy facade finds 'bob'", legacy.TryGetConnection("bob", out WebSocketConnection? bob) && bob.Path == "/chat");

#pragma warning disable SSOT0007 // The old member name, on purpose: renamed to IsOpen, it still answers through the facade.
        Check("[LegacyName] IsConnected through the legacy facade answers as IsOpen", legacy.IsConnected("bob") && !legacy.IsConnected("nobody"));
        // What code that reaches the canonical type through the alias calls: a generated extension method.
        Check("[LegacyName] IsConnected on the canonical type itself (as through the alias) answers too", canonical.IsConnected("alice") && !canonical.IsConnected("nobody"));
#pragma warning restore SSOT0007

        int delivered = await broadcaster.BroadcastAsync("hello");
        Check($"BroadcastAsync through IWebSocketBroadcaster reached {delivered} connections", delivered == 2);

        // 4. Legacy code in this and another project shares the instance too.
        Console.WriteLine();
        Console.WriteLine("Legacy code:");
        var chat = provider.GetRequiredService<LegacyChatHub>();
        chat.Join("carol");
        Check($"LegacyChatHub (other project, ctor takes WebSocketManager) joined 'carol' -> canonical Count is {canonical.Count}", canonical.Count == 3 && chat.IsInRoom("carol"));

        var notifier = provider.GetRequiredService<LegacyNotifier>();
        Check($"LegacyNotifier's {LegacyNotifier.ManagerType.Name} wraps the canonical instance", ReferenceEquals((UnifiedWebSocketManager)notifier.Manager, canonical));

        var heartbeat = new HeartbeatMonitor(canonical);
        Check("HeartbeatMonitor (takes WebSocketManager, given the canonical instance) pings all 3", await heartbeat.PingAllAsync() == 3);

        var presence = provider.GetRequiredService<PresenceTracker>();
        // HeartbeatMonitor, in the old namespace, says the name too: with an alias it would mean two types, so there is none.
        Check($"PresenceTracker says 'WebSocketManager' and, one name one type, means the legacy facade {PresenceTracker.ManagerType.FullName}", PresenceTracker.ManagerType.FullName == "Netra.Backend.WebSocketCore.WebSocketManager");
        Check("PresenceTracker was given the canonical instance itself", ReferenceEquals(presence.Manager, canonical) && presence.IsOnline("alice"));

        chat.Leave("carol");
        Check($"LegacyChatHub left 'carol' -> canonical Count is {canonical.Count}", canonical.Count == 2);

        // 5. 'new' on the legacy name still means a new, separate manager, as it always did.
        LegacyNotifier standalone = LegacyNotifier.CreateStandalone();
        UnifiedWebSocketManager standaloneCanonical = standalone.Manager;
        Check("'new WebSocketManager()' makes its own manager, not the shared one", !ReferenceEquals(standaloneCanonical, canonical) && standaloneCanonical.Count == 0);
#pragma warning disable SSOT0001 // See above: checking the facade made by 'new' round-trips to itself.
        Check("...and its canonical instance converts back to that same facade", ReferenceEquals((Netra.Backend.WebSocketCore.WebSocketManager)standaloneCanonical, standalone.Manager));
#pragma warning restore SSOT0001

        Console.WriteLine();
        Console.WriteLine(s_failures == 0 ? "All checks passed: one manager, many names." : $"{s_failures} check(s) FAILED.");
        return s_failures == 0 ? 0 : 1;
    }

    private static void Check(string description, bool passed)
    {
        Console.WriteLine($"  [{(passed ? "ok" : "FAIL")}] {description}");
        if (!passed)
        {
            s_failures++;
        }
    }
}
