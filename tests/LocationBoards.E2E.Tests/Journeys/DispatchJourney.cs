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
        var dispatch = new DispatchScreen(await context.NewPageAsync());
        var page = dispatch.Page;
        await SignIn.AsAsync(page, userName, password);
        await dispatch.OpenAsync();

        // The map draws every technician with a position (ours and any others) and the open jobs, on a plain background.
        await Assertions.Expect(dispatch.Map).ToHaveAttributeAsync("data-technician-markers", new Regex("^([3-9]|[1-9][0-9]+)$"));
        await Assertions.Expect(dispatch.Map).Not.ToHaveAttributeAsync("data-job-markers", "0");
        await dispatch.ExpectMarkerLookAsync(near.Id, "Available");
        await Assertions.Expect(page.GetByText("Map tiles are off")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "01-map");

        // The same technicians in words.
        var technicians = dispatch.TechnicianList;
        await Assertions.Expect(dispatch.TechnicianRow(near.Id)).ToContainTextAsync("Available");
        await Assertions.Expect(dispatch.TechnicianRow(near.Id)).ToContainTextAsync("ago");
        await Screenshots.SaveAsync(technicians, "02-technicians-list");

        var row = dispatch.JobRow(job.JobId);
        await Assertions.Expect(row).ToContainTextAsync("Urgent");
        await Assertions.Expect(row).ToContainTextAsync("on site due in");
        await dispatch.SelectJobAsync(job.JobId);

        // Suggestions, nearest first, with why; the one without the skill is left out with the reason.
        var first = dispatch.Suggestion(1);
        await Assertions.Expect(first).ToHaveAttributeAsync("data-technician-id", near.Id.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(first.Locator(".suggestion-why")).ToContainTextAsync("away");
        await Assertions.Expect(first.Locator(".suggestion-next")).ToContainTextAsync("Felix Far");
        await Assertions.Expect(page.Locator($".left-out-item[data-technician-id='{unskilled.Id}']")).ToContainTextAsync("lacks the skill boiler");
        await Assertions.Expect(dispatch.Suggestion(2)).ToHaveAttributeAsync("data-technician-id", far.Id.ToString(CultureInfo.InvariantCulture));
        await Screenshots.SaveAsync(page, "03-suggestions");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await first.GetByRole(AriaRole.Button, new() { Name = "Deploy Nadia Near" }).ClickAsync();

        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Assigned");
        await Assertions.Expect(row.Locator(".job-status")).ToHaveTextAsync("Assigned");
        await Assertions.Expect(row).ToContainTextAsync("Nadia Near");
        await Assertions.Expect(dispatch.Notice).ToContainTextAsync($"Job #{job.JobId} assigned to Nadia Near");
        await Assertions.Expect(dispatch.TechnicianRow(near.Id)).ToContainTextAsync("Assigned");
        await dispatch.ExpectMarkerLookAsync(near.Id, "Assigned");
        await Screenshots.SaveAsync(page, "04-deployed");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
