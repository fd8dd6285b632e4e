using System.Text.RegularExpressions;
using LocationBoards.E2E.Tests.Support;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

public sealed class KioskJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    private readonly LiveHub _hub = fixture.Hub;
    private readonly Browser _browser = fixture.Browser;

    [Fact]
    public async Task A_returning_client_reorders_their_usual_with_one_tap()
    {
        var (phone, firstName) = await SeedPeople.RegularWithOwnNumberAsync(_hub);
        await using var context = await PairedKiosk.OpenAsync(_hub, _browser, await SeedPeople.LocationIdAsync(_hub, "pearl"));
        var kiosk = new KioskScreen(await context.NewPageAsync());

        await kiosk.OpenAsync();
        await Screenshots.SaveAsync(kiosk.Page, "01-welcome");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk.Page);
        await kiosk.TypePhoneAsync(phone);
        await kiosk.PressOkAsync();

        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = $"Welcome back, {firstName}." })).ToBeVisibleAsync();
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = "Your usual" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(kiosk.Page, "02-usual");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk.Page);

        await kiosk.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Reorder your last order") }).ClickAsync();
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = "How do you want to get it?" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(kiosk.Page, "03-get-it");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk.Page);

        await kiosk.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Place order") }).ClickAsync();
        await Assertions.Expect(kiosk.Page.Locator(".confirmation-number")).ToHaveTextAsync(new Regex(@"^#\d+$"));
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("received by the store");
        await Screenshots.SaveAsync(kiosk.Page, "04-done");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk.Page);
    }

    [Fact]
    public async Task A_household_member_picks_themselves_by_first_name()
    {
        var (phone, names) = await SeedPeople.HouseholdAsync(_hub);
        await using var context = await PairedKiosk.OpenAsync(_hub, _browser, await SeedPeople.LocationIdAsync(_hub, "hawthorne"));
        var kiosk = new KioskScreen(await context.NewPageAsync());

        await kiosk.OpenAsync();
        await kiosk.TypePhoneAsync(phone);
        await kiosk.PressOkAsync();

        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = "Who is ordering?" })).ToBeVisibleAsync();
        foreach (var name in names)
        {
            await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        await Screenshots.SaveAsync(kiosk.Page, "01-who-is-ordering");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk.Page);
        await kiosk.Page.GetByRole(AriaRole.Button, new() { Name = names[^1], Exact = true }).ClickAsync();

        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = $"Welcome back, {names[^1]}." })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_new_client_registers_and_orders_for_delivery()
    {
        await using var context = await PairedKiosk.OpenAsync(_hub, _browser, await SeedPeople.LocationIdAsync(_hub, "hawthorne"));
        var kiosk = new KioskScreen(await context.NewPageAsync());

        await kiosk.OpenAsync();
        await kiosk.TypePhoneAsync("5415550123");
        await kiosk.PressOkAsync();
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = "We don't know this number yet" })).ToBeVisibleAsync();
        await kiosk.TapAsync("I'm new here →");

        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome! Tell us who you are" })).ToBeVisibleAsync();
        await kiosk.Page.GetByLabel("First name").ClickAsync();
        foreach (var key in "Zoe")
        {
            await kiosk.Page.GetByRole(AriaRole.Group, new() { Name = "On-screen keyboard" })
                .GetByRole(AriaRole.Button, new() { Name = key.ToString().ToUpperInvariant(), Exact = true }).ClickAsync();
        }

        await Assertions.Expect(kiosk.Page.GetByLabel("First name")).ToHaveValueAsync("ZOE");
        await kiosk.Page.GetByLabel("First name").FillAsync("Zoe");
        await kiosk.Page.GetByLabel("Last name").FillAsync("Newcomer");
        await kiosk.Page.GetByLabel("Your address (for deliveries and visits)").FillAsync("3214 se haw");
        await kiosk.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^3214 SE Hawthorne Blvd") }).ClickAsync();
        await Screenshots.SaveAsync(kiosk.Page, "01-new-client");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk.Page);
        await kiosk.TapAsync("Continue →");

        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Zoe!" })).ToBeVisibleAsync();
        await kiosk.Page.Locator(".item-add").First.ClickAsync();
        await Screenshots.SaveAsync(kiosk.Page, "02-choose");
        await kiosk.TapAsync("Next: how to get it →");
        await kiosk.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Deliver to 3214 SE H") }).ClickAsync();
        await Assertions.Expect(kiosk.Page.GetByRole(AriaRole.Button, new() { Name = "Pay on delivery or at the visit" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(kiosk.Page, "03-delivery");
        await Accessibility.AssertNoSeriousViolationsAsync(kiosk.Page);
        await kiosk.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Place order") }).ClickAsync();

        await Assertions.Expect(kiosk.Page.Locator(".confirmation-number")).ToHaveTextAsync(new Regex(@"^#\d+$"));
        await Screenshots.SaveAsync(kiosk.Page, "04-done");
    }
}
