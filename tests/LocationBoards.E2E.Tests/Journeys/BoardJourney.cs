using System.Globalization;
using System.Text.RegularExpressions;
using LocationBoards.Core.Access;
using LocationBoards.E2E.Tests.Support;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

public sealed class BoardJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    private readonly LiveHub _hub = fixture.Hub;
    private readonly Browser _browser = fixture.Browser;

    [Fact]
    public async Task A_kiosk_order_appears_on_its_board_and_the_staffs_moves_show_on_the_kiosk()
    {
        var pearl = await SeedPeople.LocationIdAsync(_hub, "pearl");
        var (userName, password) = await _hub.CreateUserAsync(Roles.LocationStaff, (LocationClaims.StaffOf, pearl.ToString(CultureInfo.InvariantCulture)));
        await using var staffContext = await _browser.NewContextAsync(_hub.BaseAddress);
        var board = new BoardScreen(await staffContext.NewPageAsync());
        await SignIn.AsAsync(board.Page, userName, password);
        await Assertions.Expect(board.Page).ToHaveURLAsync(new Regex($"/board/{pearl}$"));
        await board.OpenAsync(pearl);

        var (phone, _) = await SeedPeople.RegularWithOwnNumberAsync(_hub);
        await using var kioskContext = await PairedKiosk.OpenAsync(_hub, _browser, pearl);
        var kiosk = new KioskScreen(await kioskContext.NewPageAsync());
        await kiosk.OpenAsync();
        await kiosk.TypePhoneAsync(phone);
        await kiosk.PressOkAsync();
        await kiosk.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Reorder your last order") }).ClickAsync();
        await kiosk.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Place order") }).ClickAsync();
        var number = await kiosk.Page.Locator(".confirmation-number").TextContentAsync();
        var orderId = long.Parse(number!.TrimStart('#'), CultureInfo.InvariantCulture);

        // On the board at once, in New, highlighted, with why it came here.
        var card = board.Card(orderId);
        await Assertions.Expect(board.Column("New").Locator($"article[data-order-id='{orderId}']")).ToBeVisibleAsync();
        await Assertions.Expect(card).ToHaveClassAsync(new Regex("is-new"));
        await Assertions.Expect(card.Locator(".card-why")).ToContainTextAsync("Why here:");
        await Screenshots.SaveAsync(board.Page, "01-board-new-order");
        await Accessibility.AssertNoSeriousViolationsAsync(board.Page);

        await board.PressAsync(orderId, "Start preparing");
        await Assertions.Expect(board.Column("InPreparation").Locator($"article[data-order-id='{orderId}']")).ToBeVisibleAsync();
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("being prepared");

        // The last move can be taken back.
        await board.Page.GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true }).ClickAsync();
        await Assertions.Expect(board.Column("New").Locator($"article[data-order-id='{orderId}']")).ToBeVisibleAsync();
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("received by the store");

        // Cancelling asks why, then the card leaves the working columns and the kiosk says so.
        await board.PressAsync(orderId, "Cancel order");
        await card.GetByRole(AriaRole.Button, new() { Name = "Client asked", Exact = true }).ClickAsync();
        await Screenshots.SaveAsync(board.Page, "02-cancel-reason");
        await card.GetByRole(AriaRole.Button, new() { Name = "Cancel order", Exact = true }).ClickAsync();
        await Assertions.Expect(board.Column("New").Locator($"article[data-order-id='{orderId}']")).ToHaveCountAsync(0);
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("cancelled (Client asked)");
        await board.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Show done") }).ClickAsync();
        await Assertions.Expect(board.Column("Cancelled").Locator($"article[data-order-id='{orderId}']")).ToContainTextAsync("Client asked");
        await Screenshots.SaveAsync(board.Page, "03-finished");
        await Accessibility.AssertNoSeriousViolationsAsync(board.Page);
    }

    [Fact]
    public async Task Staff_of_another_location_are_refused_the_board()
    {
        var pearl = await SeedPeople.LocationIdAsync(_hub, "pearl");
        var hawthorne = await SeedPeople.LocationIdAsync(_hub, "hawthorne");
        var (userName, password) = await _hub.CreateUserAsync(Roles.LocationStaff, (LocationClaims.StaffOf, hawthorne.ToString(CultureInfo.InvariantCulture)));
        await using var context = await _browser.NewContextAsync(_hub.BaseAddress);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, userName, password);

        await page.GotoAsync($"/board/{pearl}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article[data-order-id]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_board_says_so_when_it_stops_hearing_from_the_server()
    {
        var pearl = await SeedPeople.LocationIdAsync(_hub, "pearl");
        var (userName, password) = await _hub.CreateUserAsync(Roles.Admin);
        await using var context = await _browser.NewContextAsync(_hub.BaseAddress);
        var board = new BoardScreen(await context.NewPageAsync());
        await SignIn.AsAsync(board.Page, userName, password);
        await board.OpenAsync(pearl);

        await context.SetOfflineAsync(true);

        await Assertions.Expect(board.Page.Locator("[data-offline-text]")).ToContainTextAsync("Offline since", new() { Timeout = 30_000 });
        await Assertions.Expect(board.Page.Locator(".location-board")).ToHaveAttributeAsync("data-offline", "true");
        await Screenshots.SaveAsync(board.Page, "01-offline");
        await context.SetOfflineAsync(false);
        await Assertions.Expect(board.Page.Locator(".location-board")).Not.ToHaveAttributeAsync("data-offline", "true", new() { Timeout = 60_000 });
    }
}
