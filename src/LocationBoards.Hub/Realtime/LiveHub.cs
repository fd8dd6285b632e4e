using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Hub.Features.Boards;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Features.Ordering.Api;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Realtime;

/// <summary>
/// Live board events and order changes for clients other than the hub's own pages (those get them
/// through their circuit). Every method checks the caller's claims on the server, on every call,
/// including each join after a reconnect; the connection closes when its token expires.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class LiveHub(BoardFeed feed, OrderQueries orders, LiveConnections connections, IOptions<IdentityOptions> identity)
    : Hub<ILiveClient>
{
    public const string Path = "/hubs/live";

    public override Task OnConnectedAsync()
    {
        connections.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Receive a location's board events; answers the location's last sequence number (to catch up from).</summary>
    public async Task<long> JoinLocation(int locationId)
    {
        EnsureMaySee(locationId);
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Location(locationId));
        return await feed.LastSequenceAsync(locationId, Context.ConnectionAborted);
    }

    public Task LeaveLocation(int locationId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Location(locationId));

    /// <summary>The events after a sequence number (at most 500 a call), for a client that was away or saw a gap.</summary>
    public Task<IReadOnlyList<BoardEventMessage>> EventsAfter(int locationId, long afterSequence)
    {
        EnsureMaySee(locationId);
        return feed.EventsAfterAsync(locationId, afterSequence, Context.ConnectionAborted);
    }

    /// <summary>Receive every change of one order: for its creator, its location's staff and admins.</summary>
    public async Task<OrderView> WatchOrder(long orderId)
    {
        var found = await orders.FindAsync(orderId, Context.ConnectionAborted);
        if (found is not { } order || !OrderCallers.MayRead(User, identity.Value, order.PlacedBy, order.View.LocationId))
        {
            throw new HubException("There is no such order you may see.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Order(orderId));
        return order.View;
    }

    private ClaimsPrincipal User => Context.User ?? new ClaimsPrincipal();

    private void EnsureMaySee(int locationId)
    {
        if (!User.CanSeeLocation(locationId))
        {
            throw new HubException("You may not see this location's board.");
        }
    }
}
