using System.Text.RegularExpressions;
using LocationBoards.E2E.Tests.Support;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

public sealed class OrderFromHomeJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    private const string DemoPassword = "Demo-pass-2026";

    [Fact]
    public async Task A_client_at_home_orders_their_usual_for_pickup()
    {
        await using var context = await fixture.Browser.NewContextAsync(fixture.Hub.BaseAddress);
        var page = await context.NewPageAsync();

        await SignIn.AsAsync(page, "client", DemoPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/order$"));
        await KioskScreen.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Malia" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "01-choose");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Reorder your last order") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How do you want to get it?" })).ToBeVisibleAsync();
        var pickup = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Pick up at .* away · ready in about") }).First;
        var deliver = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Deliver to|Technician visit at)") }).First;
        await (await pickup.CountAsync() > 0 ? pickup : deliver).ClickAsync();
        await Screenshots.SaveAsync(page, "02-get-it");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Place order") }).ClickAsync();

        await Assertions.Expect(page.Locator(".confirmation-number")).ToHaveTextAsync(new Regex(@"^#\d+$"));
        await Screenshots.SaveAsync(page, "03-done");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task A_new_client_opens_an_account_and_lands_on_ordering()
    {
        await using var context = await fixture.Browser.NewContextAsync(fixture.Hub.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/register");
        await KioskScreen.WaitUntilInteractiveAsync(page);
        await page.GetByLabel("First name").FillAsync("Priya");
        await page.GetByLabel("Last name").FillAsync("Online");
        await page.GetByLabel("Phone").FillAsync("(541) 555-0177");
        await page.GetByLabel("Phone").PressAsync("Tab");
        await page.GetByLabel("Email (you sign in with it)").FillAsync($"priya-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password (at least 10 characters)").FillAsync("a-long-password-1");
        await page.GetByLabel("Delivery address").FillAsync("3214 se haw");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^3214 SE Hawthorne Blvd") }).ClickAsync();
        await Screenshots.SaveAsync(page, "01-register");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open my account" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/order$"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Priya" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "02-first-order");
    }
}
