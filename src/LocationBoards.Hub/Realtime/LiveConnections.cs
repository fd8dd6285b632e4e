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
        // Each distinct user is checked once per sweep, all of them in a few queries: a node holding a thousand
        // technicians' connections must not look them up one by one every sweep.
        var signedIn = _open.Values
            .Select(connection => (Connection: connection, UserId: UserIdOf(connection.User)))
            .Where(c => c.UserId is not null)
            .ToList();
        if (signedIn.Count == 0)
        {
            return;
        }

        var stamps = await users.CurrentStampsAsync([.. signedIn.Select(c => c.UserId!)], cancellationToken);
        var closed = 0;
        foreach (var (connection, userId) in signedIn)
        {
            var stamp = connection.User?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
            if (stamp is null || !stamps.TryGetValue(userId!, out var current) || !string.Equals(current, stamp, StringComparison.Ordinal))
            {
                connection.Abort();
                closed++;
            }
        }

        if (closed > 0)
        {
            LogClosed(logger, closed);
        }
    }

    private string? UserIdOf(ClaimsPrincipal? user) => user?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} live connection(s) whose user is no longer allowed in")]
    private static partial void LogClosed(ILogger logger, int count);
}
