using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Features.Dispatch;
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
public sealed class LiveHub(
    BoardFeed feed,
    OrderQueries orders,
    LiveConnections connections,
    IOptions<IdentityOptions> identity,
    DispatchFeed dispatchFeed,
    PositionIntake positionIntake,
    TechnicianDirectory technicians,
    CustomerAccounts accounts)
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

    /// <summary>
    /// Receive job changes and positions: dispatchers and admins all of them, a supervisor their own technicians'.
    /// Answers the last dispatch sequence number (to catch up from).
    /// </summary>
    public async Task<long> JoinDispatch()
    {
        if (User.CanDispatch())
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Dispatch);
        }
        else if (User.IsInRole(Roles.Supervisor) && UserId is { } supervisor)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Supervisor(supervisor));
        }
        else
        {
            throw new HubException("You may not watch dispatch.");
        }

        return await dispatchFeed.LastSequenceAsync(Context.ConnectionAborted);
    }

    /// <summary>The dispatch events after a sequence number (at most 500 a call); a supervisor gets only their technicians' jobs.</summary>
    public async Task<IReadOnlyList<DispatchEventMessage>> DispatchEventsAfter(long afterSequence)
    {
        var events = await dispatchFeed.EventsAfterAsync(afterSequence, Context.ConnectionAborted);
        if (User.CanDispatch())
        {
            return events;
        }

        if (User.IsInRole(Roles.Supervisor) && UserId is { } supervisor)
        {
            var own = await technicians.SupervisedByAsync(supervisor, Context.ConnectionAborted);
            return [.. events.Where(e => e.TechnicianId is { } id && own.Contains(id))];
        }

        throw new HubException("You may not watch dispatch.");
    }

    /// <summary>A technician receives the changes of their own jobs.</summary>
    public Task JoinMyJobs() =>
        User.TechnicianIdOf() is { } technicianId && User.IsInRole(Roles.Technician)
            ? Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Technician(technicianId))
            : throw new HubException("Only a technician has jobs to follow.");

    /// <summary>A technician's position from their phone: "accepted", "ignored" (not newer than the last) or a refusal.</summary>
    public string SendPosition(double latitude, double longitude, DateTime recordedUtc)
    {
        var technicianId = User.TechnicianIdOf() ?? throw new HubException("Only a technician shares a position.");
        var verdict = positionIntake.Accept(User, new PositionReport(technicianId, latitude, longitude, recordedUtc.ToUniversalTime()));
        return verdict.Outcome == PositionOutcome.Refused
            ? throw new HubException(verdict.Why)
            : verdict.Outcome == PositionOutcome.Accepted ? "accepted" : "ignored";
    }

    /// <summary>The customer's account behind a job: its technician while the job is current, and dispatchers; anyone else is refused.</summary>
    public async Task<CustomerAccount> CustomerAccount(long jobId) =>
        await accounts.ForJobAsync(User, jobId, Context.ConnectionAborted) is { Account: { } account }
            ? account
            : throw new HubException("Forbidden: you may read a customer's account only for your current job.");

    private ClaimsPrincipal User => Context.User ?? new ClaimsPrincipal();

    private string? UserId => User.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);

    private void EnsureMaySee(int locationId)
    {
        if (!User.CanSeeLocation(locationId))
        {
            throw new HubException("You may not see this location's board.");
        }
    }
}
