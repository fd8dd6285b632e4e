using LocationBoards.Hub.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// A few times a second, sends the positions that changed since the last tick as one batch: to dispatchers and
/// admins all of them, to each supervisor their own technicians'. Never one message per position, and a map that
/// missed a batch simply shows the next one's latest.
/// </summary>
public sealed partial class PositionBroadcaster(
    TechnicianPositions positions, TechnicianDirectory directory, IHubContext<LiveHub, ILiveClient> hub, ILogger<PositionBroadcaster> logger)
    : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var changed = positions.TakeChanged();
            if (changed.Count == 0)
            {
                continue;
            }

            try
            {
                var batch = changed.Select(p => new PositionUpdate(p.TechnicianId, p.Point.Latitude, p.Point.Longitude, p.RecordedUtc)).ToList();
                await hub.Clients.Group(LiveGroups.Dispatch).Positions(batch);
                var supervisors = await directory.SupervisorsAsync(stoppingToken);
                foreach (var own in batch.Where(p => supervisors.ContainsKey(p.TechnicianId)).GroupBy(p => supervisors[p.TechnicianId]))
                {
                    await hub.Clients.Group(LiveGroups.Supervisor(own.Key)).Positions([.. own]);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSendFailed(logger, changed.Count, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} positions could not be sent")]
    private static partial void LogSendFailed(ILogger logger, int count, Exception exception);
}
