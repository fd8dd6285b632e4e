using System.Globalization;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Bunit;
using LocationBoards.Core.Access;
using LocationBoards.Hub.Features.Boards;
using LocationBoards.Hub.Realtime;
using LocationBoards.Hub.Tests.Ordering;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Boards;

/// <summary>The board component over a real hub: its store, its orders, its bus (or a bus of its own that hears only what the test lets through).</summary>
public sealed class LiveBoardTests : RadzenComponentTest
{
    private readonly HubFactory _hub = new();

    private sealed record World(int LocationId, string Sku, int CustomerId, HttpClient Api);

    private async Task<World> MakeWorldAsync()
    {
        var location = await TestLocations.AddAsync(_hub.Store);
        var item = await TestCatalog.AddItemAsync(_hub.Store);
        await TestCatalog.SetStockAsync(_hub.Store, location.Id, item.Id, 50);
        var customer = await TestCatalog.AddCustomerAsync(_hub.Store, firstName: "Beatrice");
        return new World(location.Id, item.Sku, customer.Id, await OrderApiClient.AsStaffAsync(_hub));
    }

    private static async Task<long> PlaceAsync(World world)
    {
        var placed = await OrderApiClient.PlaceAsync(world.Api, OrderApiClient.Delivery(world.CustomerId, world.Sku, 1), Guid.NewGuid().ToString());
        placed.EnsureSuccessStatusCode();
        return (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private IRenderedComponent<LocationBoard> RenderBoard(int locationId, IBoardEventBus bus, params Claim[] claims)
    {
        Services.AddSingleton(_hub.Services.GetRequiredService<BoardSnapshots>());
        Services.AddSingleton(_hub.Services.GetRequiredService<BoardFeed>());
        Services.AddSingleton(_hub.Services.GetRequiredService<OrderMoves>());
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(bus);
        var auth = AddAuthorization();
        auth.SetAuthorized("staff");
        auth.SetRoles(Roles.LocationStaff);
        auth.SetClaims(claims);
        return Render<LocationBoard>(p => p.Add(b => b.LocationId, locationId));
    }

    private static Claim StaffOf(int locationId) => new(LocationClaims.StaffOf, locationId.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public async Task The_board_shows_its_orders_and_a_new_one_arrives_highlighted_in_New()
    {
        var world = await MakeWorldAsync();
        var first = await PlaceAsync(world);
        var cut = RenderBoard(world.LocationId, _hub.Services.GetRequiredService<IBoardEventBus>(), StaffOf(world.LocationId));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll($"section[data-column='New'] article[data-order-id='{first}']")));

        var second = await PlaceAsync(world);

        cut.WaitForAssertion(() =>
        {
            var card = cut.Find($"section[data-column='New'] article[data-order-id='{second}']");
            Assert.Contains("is-new", card.ClassList);
            Assert.Equal("New (2)", cut.Find("section[data-column='New'] h2").TextContent.Trim());
        });
        Assert.DoesNotContain("is-new", cut.Find($"article[data-order-id='{first}']").ClassList);
    }

    [Fact]
    public async Task A_board_that_missed_events_catches_up_from_the_store_on_the_next_one()
    {
        var world = await MakeWorldAsync();
        var quiet = new InProcessBoardEventBus(Microsoft.Extensions.Logging.Abstractions.NullLogger<InProcessBoardEventBus>.Instance);
        var cut = RenderBoard(world.LocationId, quiet, StaffOf(world.LocationId));
        cut.WaitForAssertion(() => Assert.Equal("No orders", cut.Find("section[data-column='New'] .board-column-empty").TextContent));

        // Three orders the board never hears of; then only the third's event reaches it: a gap.
        var missed = new[] { await PlaceAsync(world), await PlaceAsync(world) };
        var third = await PlaceAsync(world);
        var events = await _hub.Services.GetRequiredService<BoardFeed>().EventsAfterAsync(world.LocationId, 0, CancellationToken.None);
        quiet.Publish(events.Single(e => e.OrderId == third));

        cut.WaitForAssertion(() =>
            Assert.Equal([.. missed, third], cut.FindAll("section[data-column='New'] article").Select(a => long.Parse(a.GetAttribute("data-order-id")!, CultureInfo.InvariantCulture))));
        Assert.Equal("3", cut.Find(".location-board").GetAttribute("data-sequence"));

        // The same event again changes nothing.
        quiet.Publish(events.Single(e => e.OrderId == third));
        Assert.Equal(3, cut.FindAll("section[data-column='New'] article").Count);
    }

    [Fact]
    public async Task Staff_move_a_card_on_and_can_undo_it()
    {
        var world = await MakeWorldAsync();
        var orderId = await PlaceAsync(world);
        var cut = RenderBoard(world.LocationId, _hub.Services.GetRequiredService<IBoardEventBus>(), StaffOf(world.LocationId));
        cut.WaitForAssertion(() => cut.Find($"article[data-order-id='{orderId}'] .card-advance"));

        cut.Find($"article[data-order-id='{orderId}'] .card-advance").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll($"section[data-column='InPreparation'] article[data-order-id='{orderId}']")));
        Assert.Contains($"Order #{orderId} moved to In preparation.", cut.Find(".board-undo").TextContent, StringComparison.Ordinal);
        cut.Find(".card-undo").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll($"section[data-column='New'] article[data-order-id='{orderId}']")));
        Assert.Empty(cut.FindAll(".board-undo"));
    }

    [Fact]
    public async Task The_sound_control_says_its_state_in_words_beside_a_drawn_speaker_and_turns_on_when_the_browser_allows_it()
    {
        var world = await MakeWorldAsync();
        var module = JSInterop.SetupModule("./Features/Boards/LocationBoard.razor.js");
        module.Mode = JSRuntimeMode.Loose;
        module.Setup<string>("setSound", true).SetResult("on");
        var cut = RenderBoard(world.LocationId, _hub.Services.GetRequiredService<IBoardEventBus>(), StaffOf(world.LocationId));
        cut.WaitForAssertion(() => cut.Find(".board-sound"));

        var button = cut.Find(".board-sound");
        Assert.Equal("false", button.GetAttribute("aria-pressed"));
        Assert.Equal("Sound off", button.TextContent.Trim());
        Assert.NotNull(button.QuerySelector("svg[aria-hidden='true']"));
        Assert.DoesNotContain(button.TextContent, c => char.IsSurrogate(c));

        button.Click();

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".board-sound").GetAttribute("aria-pressed")));
        Assert.Equal("Sound on", cut.Find(".board-sound").TextContent.Trim());
    }

    [Fact]
    public async Task Staff_of_another_location_see_not_allowed_and_no_cards()
    {
        var world = await MakeWorldAsync();
        await PlaceAsync(world);

        var cut = RenderBoard(world.LocationId, _hub.Services.GetRequiredService<IBoardEventBus>(), StaffOf(world.LocationId + 1000));

        cut.WaitForAssertion(() => Assert.Contains("Not allowed", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("article"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _hub.Dispose();
        }
    }
}
