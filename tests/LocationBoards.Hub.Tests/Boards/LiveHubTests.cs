using LocationBoards.Core.Access;
using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Features.Admin.Users;
using LocationBoards.Hub.Realtime;
using LocationBoards.Hub.Tests.Ordering;
using LocationBoards.Hub.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Boards;

public class LiveHubTests
{
    private static async Task<string> TokenForStaffOfAsync(HubFactory hub, int locationId, string role = Roles.LocationStaff)
    {
        var claim = role == Roles.Supervisor ? LocationClaims.Supervises : LocationClaims.StaffOf;
        var staff = await TestPeople.CreateAsync(hub.Services, role, (claim, locationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var client = hub.CreateClient();
        return await TokenClient.GetTokenAsync(client, staff.UserName!, TestPeople.Password);
    }

    [Fact]
    public async Task An_order_placed_through_the_api_reaches_a_client_of_its_location_and_no_other()
    {
        using var hub = new HubFactory();
        var here = await TestLocations.AddAsync(hub.Store, "Here", 45.5120, -122.6450);
        var there = await TestLocations.AddAsync(hub.Store, "There", 45.5120, -122.5000);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, here.Id, item.Id, 10);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        await using var hereClient = await LiveClient.ConnectAsync(hub, await TokenForStaffOfAsync(hub, here.Id));
        await using var thereClient = await LiveClient.ConnectAsync(hub, await TokenForStaffOfAsync(hub, there.Id));
        await hereClient.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), here.Id);
        await thereClient.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), there.Id);
        using var api = await OrderApiClient.AsStaffAsync(hub);

        var placed = await OrderApiClient.PlaceAsync(api, OrderApiClient.Delivery(customer.Id, item.Sku, 1), "live-1");
        placed.EnsureSuccessStatusCode();

        await LiveClient.WaitUntilAsync(() => !hereClient.BoardEvents.IsEmpty, "the location's client has the event");
        var received = Assert.Single(hereClient.BoardEvents);
        Assert.Equal((here.Id, 1L, OrderStatus.New), (received.LocationId, received.Sequence, received.Card.Status));
        await hereClient.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), here.Id); // a round trip: anything in flight has arrived
        await thereClient.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), there.Id);
        Assert.Empty(thereClient.BoardEvents);
    }

    [Fact]
    public async Task Joining_another_locations_board_is_refused()
    {
        using var hub = new HubFactory();
        var mine = await TestLocations.AddAsync(hub.Store, "Mine");
        var theirs = await TestLocations.AddAsync(hub.Store, "Theirs");
        await using var client = await LiveClient.ConnectAsync(hub, await TokenForStaffOfAsync(hub, mine.Id));

        var refused = await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), theirs.Id));
        Assert.Contains("may not see", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<IReadOnlyList<BoardEventMessage>>(nameof(LiveHub.EventsAfter), theirs.Id, 0L));
    }

    [Fact]
    public async Task A_client_that_was_away_while_three_orders_arrived_catches_up_exactly()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 10);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        var token = await TokenForStaffOfAsync(hub, location.Id, Roles.Supervisor);
        using var api = await OrderApiClient.AsStaffAsync(hub);
        (await OrderApiClient.PlaceAsync(api, OrderApiClient.Delivery(customer.Id, item.Sku, 1), "before")).EnsureSuccessStatusCode();

        long lastSeen;
        await using (var first = await LiveClient.ConnectAsync(hub, token))
        {
            lastSeen = await first.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), location.Id);
        }

        for (var i = 0; i < 3; i++)
        {
            (await OrderApiClient.PlaceAsync(api, OrderApiClient.Delivery(customer.Id, item.Sku, 1), $"away-{i}")).EnsureSuccessStatusCode();
        }

        await using var back = await LiveClient.ConnectAsync(hub, token);
        var now = await back.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), location.Id);
        var missed = await back.Connection.InvokeAsync<IReadOnlyList<BoardEventMessage>>(nameof(LiveHub.EventsAfter), location.Id, lastSeen);

        Assert.Equal(1, lastSeen);
        Assert.Equal(4, now);
        Assert.Equal([2L, 3L, 4L], missed.Select(e => e.Sequence));
        Assert.Equal(3, missed.Select(e => e.OrderId).Distinct().Count());
    }

    [Fact]
    public async Task Watching_an_order_is_for_its_creator_its_staff_and_admins_only()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var other = await TestLocations.AddAsync(hub.Store, "Other");
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 10);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var api = await OrderApiClient.AsStaffAsync(hub);
        var placed = await OrderApiClient.PlaceAsync(api, OrderApiClient.Delivery(customer.Id, item.Sku, 1), "watched");
        var orderId = long.Parse(placed.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using var ownStaff = await LiveClient.ConnectAsync(hub, await TokenForStaffOfAsync(hub, location.Id));
        await using var otherStaff = await LiveClient.ConnectAsync(hub, await TokenForStaffOfAsync(hub, other.Id));

        await ownStaff.Connection.InvokeAsync<object>(nameof(LiveHub.WatchOrder), orderId);
        await Assert.ThrowsAsync<HubException>(() => otherStaff.Connection.InvokeAsync<object>(nameof(LiveHub.WatchOrder), orderId));
    }

    [Fact]
    public async Task A_disabled_users_open_connection_is_closed()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var staff = await TestPeople.CreateAsync(hub.Services, Roles.LocationStaff, (LocationClaims.StaffOf, location.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var http = hub.CreateClient();
        await using var client = await LiveClient.ConnectAsync(hub, await TokenClient.GetTokenAsync(http, staff.UserName!, TestPeople.Password));
        await client.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), location.Id);
        var admin = await TestPeople.CreateAsync(hub.Services, Roles.Admin);

        var outcome = await hub.Services.GetRequiredService<UserAdministration>().SetDisabledAsync(
            AdminTestServices.Person(admin.Id, [Roles.Admin]), staff.Id, disabled: true, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.ToString());
        await client.Closed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(HubConnectionState.Disconnected, client.Connection.State);
    }

    [Fact]
    public async Task The_sweep_closes_the_connections_of_a_user_changed_elsewhere_and_keeps_the_others()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var locationText = location.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var changed = await TestPeople.CreateAsync(hub.Services, Roles.LocationStaff, (LocationClaims.StaffOf, locationText));
        var unchanged = await TestPeople.CreateAsync(hub.Services, Roles.LocationStaff, (LocationClaims.StaffOf, locationText));
        using var http = hub.CreateClient();
        await using var changedFirst = await LiveClient.ConnectAsync(hub, await TokenClient.GetTokenAsync(http, changed.UserName!, TestPeople.Password));
        await using var changedSecond = await LiveClient.ConnectAsync(hub, await TokenClient.GetTokenAsync(http, changed.UserName!, TestPeople.Password));
        await using var other = await LiveClient.ConnectAsync(hub, await TokenClient.GetTokenAsync(http, unchanged.UserName!, TestPeople.Password));

        // As another node would after an admin took the location away: only the store knows, not this node.
        await using (var db = await hub.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<LocationBoards.Data.AppDbContext>>().CreateDbContextAsync())
        {
            var user = await db.Users.FindAsync(changed.Id);
            user!.SecurityStamp = Guid.NewGuid().ToString("N");
            await db.SaveChangesAsync();
        }

        await hub.Services.GetRequiredService<LiveConnections>().SweepAsync(CancellationToken.None);

        await changedFirst.Closed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await changedSecond.Closed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(HubConnectionState.Connected, other.Connection.State);
        await other.Connection.InvokeAsync<long>(nameof(LiveHub.JoinLocation), location.Id);
    }
}
