using System.Globalization;
using System.Text.RegularExpressions;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.E2E.Tests.Support;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

public sealed class DispatchJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    private readonly LiveHub _hub = fixture.Hub;
    private readonly Browser _browser = fixture.Browser;

    [Fact]
    public async Task A_dispatcher_sees_technicians_on_the_map_gets_suggestions_with_reasons_and_deploys_the_top_one()
    {
        var pearl = await SeedPeople.LocationIdAsync(_hub, "pearl");
        var (job, latitude, longitude) = await FieldTechnicians.ReportJobAsync(_hub, "boiler", JobPriority.Urgent);
        var near = await FieldTechnicians.AddAsync(_hub, "Nadia Near", pearl, ["boiler"], (latitude + 0.01, longitude));
        var far = await FieldTechnicians.AddAsync(_hub, "Felix Far", pearl, ["boiler"], (latitude + 0.08, longitude));
        var unskilled = await FieldTechnicians.AddAsync(_hub, "Uma Unskilled", pearl, ["washing-machine"], (latitude, longitude + 0.005));
        var (userName, password) = await _hub.CreateUserAsync(Roles.Dispatcher);
        await using var context = await _browser.NewContextAsync(_hub.BaseAddress, width: 1680, height: 1050);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => Console.WriteLine($"browser {message.Type}: {message.Text}");
        await SignIn.AsAsync(page, userName, password);

        await page.GotoAsync("/dispatch");
        await KioskScreen.WaitUntilInteractiveAsync(page);

        // The map draws every technician with a position and the open job; positions arrive live from the hub.
        var map = page.Locator(".map-canvas");
        await Task.Delay(3000);
        Console.WriteLine("DEBUG " + await page.Locator(".dispatch-map").InnerTextAsync());
        Console.WriteLine("DEBUG " + await page.EvaluateAsync<string>("() => JSON.stringify({L: !!window.L, s: !!window.signalR, m: !!document.querySelector('.map-canvas')._dispatchMap, d: {...document.querySelector('.map-canvas').dataset}})"));
        await Assertions.Expect(map).ToHaveAttributeAsync("data-technician-markers", new Regex("^[3-9]|[1-9][0-9]+$"));
        await Assertions.Expect(map).Not.ToHaveAttributeAsync("data-job-markers", "0");
        await Assertions.Expect(page.Locator("[data-map-connection]")).ToContainTextAsync("connected");
        await Assertions.Expect(page.GetByText("Map tiles are off")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "01-map");

        // The same technicians in words.
        var technicians = page.Locator(".technician-table");
        await Assertions.Expect(technicians.Locator($"tr[data-technician-id='{near.Id}']")).ToContainTextAsync("Available");
        await Assertions.Expect(technicians.Locator($"tr[data-technician-id='{near.Id}']")).ToContainTextAsync("ago");
        await technicians.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, nameof(A_dispatcher_sees_technicians_on_the_map_gets_suggestions_with_reasons_and_deploys_the_top_one), "02-technicians-list.png") });

        var row = page.Locator($".job-list tr[data-job-id='{job.JobId}']");
        await Assertions.Expect(row).ToContainTextAsync("Urgent");
        await Assertions.Expect(row).ToContainTextAsync("on site due in");
        await row.Locator("button.job-select").ClickAsync();

        // Suggestions, nearest first, with why; the one without the skill is left out with the reason.
        var first = page.Locator(".suggestion[data-rank='1']");
        await Assertions.Expect(first).ToHaveAttributeAsync("data-technician-id", near.Id.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(first.Locator(".suggestion-why")).ToContainTextAsync("away");
        await Assertions.Expect(first.Locator(".suggestion-next")).ToContainTextAsync("Felix Far");
        await Assertions.Expect(page.Locator($".left-out-item[data-technician-id='{unskilled.Id}']")).ToContainTextAsync("lacks the skill boiler");
        Assert.NotEqual(0, far.Id);
        await Screenshots.SaveAsync(page, "03-suggestions");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await first.GetByRole(AriaRole.Button, new() { Name = "Deploy Nadia Near" }).ClickAsync();

        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Assigned");
        await Assertions.Expect(row.Locator(".job-status")).ToHaveTextAsync("Assigned");
        await Assertions.Expect(row).ToContainTextAsync("Nadia Near");
        await Assertions.Expect(page.Locator(".dispatch-notice")).ToContainTextAsync($"Job #{job.JobId} assigned to Nadia Near");
        await Assertions.Expect(technicians.Locator($"tr[data-technician-id='{near.Id}']")).ToContainTextAsync("Assigned");
        await Screenshots.SaveAsync(page, "04-deployed");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
