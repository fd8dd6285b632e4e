using System.Globalization;
using LocationBoards.Core.Access;
using LocationBoards.E2E.Tests.Support;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

/// <summary>A wall display with nobody to touch it, across a restart of the hub: its own hubs, since it stops one.</summary>
public sealed class WallDisplayJourney : IAsyncLifetime
{
    private Browser _browser = default!;

    public async Task InitializeAsync() => _browser = await Browser.LaunchAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task The_wall_display_recovers_by_itself_after_the_hub_restarts()
    {
        var first = new LiveHub().Start();
        first.KeepDataDirectory();
        var (dataDirectory, address, settings) = (first.DataDirectory, first.BaseAddress, first.Settings);
        var pearl = await SeedPeople.LocationIdAsync(first, "pearl");
        var (userName, password) = await first.CreateUserAsync(Roles.LocationStaff, (LocationClaims.StaffOf, pearl.ToString(CultureInfo.InvariantCulture)));
        var before = await ApiOrders.PlacePickupAsync(first, pearl);

        await using var context = await _browser.NewContextAsync(address, 1920, 1080);
        var wall = new BoardScreen(await context.NewPageAsync());
        await SignIn.AsAsync(wall.Page, userName, password);
        await wall.OpenAsync(pearl, wall: true);
        await Assertions.Expect(wall.Card(before)).ToBeVisibleAsync();
        await Assertions.Expect(wall.Page.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(wall.Page, "01-wall");
        await Accessibility.AssertNoSeriousViolationsAsync(wall.Page);

        await first.DisposeAsync();
        await Assertions.Expect(wall.Page.Locator("[data-offline-text]")).ToContainTextAsync("Offline since", new() { Timeout = 30_000 });
        await Assertions.Expect(wall.Page.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(wall.Page, "02-wall-offline");

        await using var second = LiveHub.RestartOf(dataDirectory, address, settings).Start();
        var after = await ApiOrders.PlacePickupAsync(second, pearl);

        // Nobody touches the page: it reconnects, finds its circuit gone, reloads itself and shows the new order.
        await Assertions.Expect(wall.Card(after)).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(wall.Card(before)).ToBeVisibleAsync();
        await Assertions.Expect(wall.Page.Locator(".board-freshness")).ToContainTextAsync("live");
        Assert.EndsWith($"/board/{pearl}/wall", wall.Page.Url, StringComparison.Ordinal);
        await Screenshots.SaveAsync(wall.Page, "03-wall-recovered");
    }
}
