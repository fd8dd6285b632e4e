using System.Text.RegularExpressions;
using LocationBoards.E2E.Tests.Support;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

public sealed class AdminJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    [Fact]
    public async Task An_admin_visits_every_admin_screen()
    {
        await using var context = await fixture.Browser.NewContextAsync(fixture.Hub.BaseAddress);
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, "admin", "Demo-pass-2026");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/locations$"));
        await Assertions.Expect(page.GetByText("Pearl District").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "01-locations");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Pearl District" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/locations/\\d+$"));
        await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Pearl District");
        await Screenshots.SaveAsync(page, "02-location-edit");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        foreach (var (path, text, screen) in new[]
        {
            ("/admin/catalog", "Catalogue", "03-catalogue"),
            ("/admin/users", "admin", "04-users"),
            ("/admin/kiosks", "Kiosk", "05-kiosks"),
            ("/admin/phone-transfers", "Calls put through to a person", "06-phone-transfers"),
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByText(text).First).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, screen);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        }
    }
}
