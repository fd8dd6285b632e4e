using LocationBoards.Core.Access;
using LocationBoards.E2E.Tests.Support;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

public sealed class SignInJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    private readonly LiveHub _hub = fixture.Hub;
    private readonly Browser _browser = fixture.Browser;

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var (userName, _) = await _hub.CreateUserAsync(Roles.Admin);
        await using var context = await _browser.NewContextAsync(_hub.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("user name or password is wrong");
        await Screenshots.SaveAsync(page, "01-sign-in-refused");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_returns_after()
    {
        var (userName, password) = await _hub.CreateUserAsync(Roles.Admin);
        await using var context = await _browser.NewContextAsync(_hub.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await Screenshots.SaveAsync(page, "01-sign-in");

        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/locations"));
    }
}
