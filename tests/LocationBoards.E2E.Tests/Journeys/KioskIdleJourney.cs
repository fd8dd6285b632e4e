using LocationBoards.E2E.Tests.Support;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

/// <summary>
/// A hub whose kiosks give up on a silent client after 20 seconds, instead of 60. The 12 of them warning leave the
/// screenshot and the accessibility check of the warning time to finish before the kiosk starts again (with 5, a busy
/// machine's check was cut short by that navigation).
/// </summary>
public sealed class QuickIdleHub : HubAndBrowser
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Kiosk:IdleTimeout"] = "00:00:20";
        settings["Kiosk:IdleWarning"] = "00:00:12";
    }
}

public sealed class KioskIdleJourney(QuickIdleHub fixture) : IClassFixture<QuickIdleHub>
{
    [Fact]
    public async Task A_client_who_walks_away_leaves_nothing_behind()
    {
        var (phone, firstName) = await SeedPeople.RegularWithOwnNumberAsync(fixture.Hub);
        await using var context = await PairedKiosk.OpenAsync(fixture.Hub, fixture.Browser, await SeedPeople.LocationIdAsync(fixture.Hub, "pearl"));
        var kiosk = new KioskScreen(await context.NewPageAsync());
        await kiosk.OpenAsync();
        var historyBefore = await kiosk.Page.EvaluateAsync<int>("() => window.history.length");
        await kiosk.TypePhoneAsync(phone);
        await kiosk.PressOkAsync();
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = $"Welcome back, {firstName}." })).ToBeVisibleAsync();
        await kiosk.Page.Locator(".item-add").First.ClickAsync();

        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Alertdialog, new() { Name = "Are you still there?" })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Screenshots.SaveAsync(kiosk.Page, "01-still-there");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk.Page);
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome! Enter your phone number" })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await KioskScreen.WaitUntilInteractiveAsync(kiosk.Page);

        Assert.DoesNotContain(firstName, await kiosk.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(historyBefore, await kiosk.Page.EvaluateAsync<int>("() => window.history.length"));
        Assert.Equal(0, await kiosk.Page.EvaluateAsync<int>("() => window.localStorage.length + window.sessionStorage.length"));
        var response = await kiosk.Page.ReloadAsync();
        Assert.Equal("no-store", response!.Headers["cache-control"]);
    }
}
