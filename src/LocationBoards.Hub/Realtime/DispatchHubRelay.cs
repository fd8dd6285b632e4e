using LocationBoards.Hub.Features.Dispatch;
using Microsoft.AspNetCore.SignalR;

namespace LocationBoards.Hub.Realtime;

/// <summary>Relays committed dispatch events from the bus to dispatchers, the job's technician and that technician's supervisor.</summary>
public sealed class DispatchHubRelay(IDispatchEventBus bus, TechnicianDirectory directory, IHubContext<LiveHub, ILiveClient> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(async message =>
        {
            await hub.Clients.Group(LiveGroups.Dispatch).DispatchEvent(message);
            if (message.TechnicianId is { } technicianId)
            {
                await hub.Clients.Group(LiveGroups.Technician(technicianId)).DispatchEvent(message);
                if ((await directory.SupervisorsAsync(CancellationToken.None)).TryGetValue(technicianId, out var supervisor))
                {
                    await hub.Clients.Group(LiveGroups.Supervisor(supervisor)).DispatchEvent(message);
                }
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
