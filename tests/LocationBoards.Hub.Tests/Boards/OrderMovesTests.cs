using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Access;
using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Tests.Ordering;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Boards;

public class OrderMovesTests
{
    private sealed record Setup(HubFactory Hub, HttpClient Staff, int LocationId, int ItemId, long OrderId);

    private static async Task<Setup> PlaceOneAsync(HubFactory hub, int quantity = 2)
    {
        var location = await TestLocations.AddAsync(hub.Store);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 10);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var api = await OrderApiClient.AsStaffAsync(hub);
        var placed = await OrderApiClient.PlaceAsync(api, OrderApiClient.Delivery(customer.Id, item.Sku, quantity), Guid.NewGuid().ToString());
        placed.EnsureSuccessStatusCode();
        var orderId = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var staff = await TestPeople.CreateAsync(hub.Services, Roles.LocationStaff, (LocationClaims.StaffOf, location.Id.ToString(CultureInfo.InvariantCulture)));
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await TokenClient.GetTokenAsync(client, staff.UserName!, TestPeople.Password));
        return new Setup(hub, client, location.Id, item.Id, orderId);
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, long orderId, int version, string move, string? reason = null) =>
        client.PostAsJsonAsync($"/api/orders/{orderId}/moves", new { expectedVersion = version, move, reason });

    [Fact]
    public async Task Staff_move_an_order_through_its_columns_and_handing_over_takes_the_goods_off_the_shelf()
    {
        using var hub = new HubFactory();
        var s = await PlaceOneAsync(hub);

        foreach (var (version, expected) in new[] { (1, "inPreparation"), (2, "ready"), (3, "handedOver") })
        {
            var moved = await MoveAsync(s.Staff, s.OrderId, version, "advance");
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            Assert.Equal(expected, (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        var stock = await TestCatalog.StockAsync(hub.Store, s.LocationId, s.ItemId);
        Assert.Equal((8, 0), (stock!.OnHand, stock.Reserved));
        var board = await s.Staff.GetFromJsonAsync<JsonElement>($"/api/locations/{s.LocationId}/board");
        Assert.Equal(4, board.GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task Two_staff_moving_the_same_card_at_once_give_one_change_and_one_refusal()
    {
        using var hub = new HubFactory();
        var s = await PlaceOneAsync(hub);

        var both = await Task.WhenAll(MoveAsync(s.Staff, s.OrderId, 1, "advance"), MoveAsync(s.Staff, s.OrderId, 1, "advance"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        var conflict = both.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        var fresh = (await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("card");
        Assert.Equal(("inPreparation", 2), (fresh.GetProperty("status").GetString(), fresh.GetProperty("version").GetInt32()));
        var events = await s.Staff.GetFromJsonAsync<JsonElement>($"/api/locations/{s.LocationId}/board/events?after=0");
        Assert.Equal(2, events.GetArrayLength());
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_releases_the_reservation()
    {
        using var hub = new HubFactory();
        var s = await PlaceOneAsync(hub);

        var noReason = await MoveAsync(s.Staff, s.OrderId, 1, "cancel");
        var cancelled = await MoveAsync(s.Staff, s.OrderId, 1, "cancel", "Client changed their mind");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var card = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("cancelled", "Client changed their mind"), (card.GetProperty("status").GetString(), card.GetProperty("cancelReason").GetString()));
        var stock = await TestCatalog.StockAsync(hub.Store, s.LocationId, s.ItemId);
        Assert.Equal((10, 0), (stock!.OnHand, stock.Reserved));
    }

    [Fact]
    public async Task The_last_move_can_be_undone_and_undoing_a_cancel_reserves_the_stock_again()
    {
        using var hub = new HubFactory();
        var s = await PlaceOneAsync(hub);
        await MoveAsync(s.Staff, s.OrderId, 1, "cancel", "Wrong board");

        var undone = await MoveAsync(s.Staff, s.OrderId, 2, "undo");
        var again = await MoveAsync(s.Staff, s.OrderId, 3, "undo");

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal("new", (await undone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(2, (await TestCatalog.StockAsync(hub.Store, s.LocationId, s.ItemId))!.Reserved);
    }

    [Fact]
    public async Task A_move_the_order_cannot_make_and_an_order_of_another_location_are_refused_and_change_nothing()
    {
        using var hub = new HubFactory();
        var s = await PlaceOneAsync(hub);
        var other = await TestLocations.AddAsync(hub.Store, "Other");
        var stranger = await TestPeople.CreateAsync(hub.Services, Roles.LocationStaff, (LocationClaims.StaffOf, other.Id.ToString(CultureInfo.InvariantCulture)));
        using var strangerClient = hub.CreateClient();
        strangerClient.DefaultRequestHeaders.Authorization = new("Bearer", await TokenClient.GetTokenAsync(strangerClient, stranger.UserName!, TestPeople.Password));

        var undoNothing = await MoveAsync(s.Staff, s.OrderId, 1, "undo");
        var foreign = await MoveAsync(strangerClient, s.OrderId, 1, "advance");
        var foreignBoard = await strangerClient.GetAsync(new Uri($"/api/locations/{s.LocationId}/board", UriKind.Relative));
        var unknown = await MoveAsync(s.Staff, 987654, 1, "advance");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, undoNothing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignBoard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var board = await s.Staff.GetFromJsonAsync<JsonElement>($"/api/locations/{s.LocationId}/board");
        Assert.Equal(1, board.GetProperty("sequence").GetInt64());
        Assert.Equal(OrderStatus.New.ToString(), board.GetProperty("cards")[0].GetProperty("status").GetString(), ignoreCase: true);
    }
}
