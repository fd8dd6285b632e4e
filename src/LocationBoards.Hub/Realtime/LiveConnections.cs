using System.Collections.Concurrent;
using System.Security.Claims;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Realtime;

/// <summary>
/// The hub's open connections by user, so access taken away reaches them: closed at once when an admin
/// disables a user on this node, and by a sweep every 20 seconds that re-checks each connection's user
/// (disabled, or roles or locations changed, which changes their security stamp) on any node.
/// </summary>
public sealed partial class LiveConnections(UserValidity users, IOptions<IdentityOptions> identity, ILogger<LiveConnections> logger) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(20);

    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new(StringComparer.Ordinal);

    public int Count => _open.Count;

    public void Add(HubCallerContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _open[connection.ConnectionId] = connection;
    }

    public void Remove(HubCallerContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _open.TryRemove(connection.ConnectionId, out _);
    }

    /// <summary>Closes every open connection of a user (after an admin disables them or changes their access).</summary>
    public int CloseAllOf(string userId)
    {
        var closed = 0;
        foreach (var connection in _open.Values.Where(c => UserIdOf(c.User) == userId))
        {
            connection.Abort();
            closed++;
        }

        if (closed > 0)
        {
            LogClosed(logger, closed);
        }

        return closed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SweepAsync(stoppingToken);
        }
    }

    internal async Task SweepAsync(CancellationToken cancellationToken)
    {
        foreach (var connection in _open.Values)
        {
            var user = connection.User;
            var userId = UserIdOf(user);
            if (userId is null)
            {
                continue;
            }

            users.Forget(userId);
            var stamp = user?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
            if (!await users.IsStillValidAsync(userId, stamp, cancellationToken))
            {
                connection.Abort();
                LogClosed(logger, 1);
            }
        }
    }

    private string? UserIdOf(ClaimsPrincipal? user) => user?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} live connection(s) whose user is no longer allowed in")]
    private static partial void LogClosed(ILogger logger, int count);
}
