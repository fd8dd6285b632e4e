using Microsoft.AspNetCore.SignalR;

namespace LocationBoards.Hub.Realtime;

/// <summary>Relays every committed board event from the bus to the hub's location and order groups.</summary>
public sealed class LiveHubRelay(IBoardEventBus bus, IHubContext<LiveHub, ILiveClient> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.SubscribeToAll(async message =>
        {
            await hub.Clients.Group(LiveGroups.Location(message.LocationId)).BoardEvent(message);
            await hub.Clients.Group(LiveGroups.Order(message.OrderId)).OrderChanged(message);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
