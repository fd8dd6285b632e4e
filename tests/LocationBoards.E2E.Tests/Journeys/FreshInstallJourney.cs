using System.Globalization;
using System.Text.RegularExpressions;
using LocationBoards.Core.Dispatch;
using LocationBoards.E2E.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

/// <summary>
/// What a new user sees on a fresh install, with the demo sign-ins and the simulator on: technicians moving on the
/// map, jobs in the list; a job deployed to a simulated technician reaches that technician's phone.
/// </summary>
public sealed class FreshInstallJourney(SimulatedHubAndBrowser fixture) : IClassFixture<SimulatedHubAndBrowser>
{
    private const string DemoPassword = "Demo-pass-2026";

    private readonly LiveHub _hub = fixture.Hub;
    private readonly Browser _browser = fixture.Browser;

    [Fact]
    public async Task The_demo_dispatcher_sees_simulated_technicians_moving_deploys_one_and_that_technician_sees_the_job_on_a_phone()
    {
        // A fresh job: the simulator's own dispatcher leaves fresh jobs to people.
        var (job, _, _) = await FieldTechnicians.ReportJobAsync(_hub, FieldWork.Skill, JobPriority.Urgent);

        await using var desk = await _browser.NewContextAsync(_hub.BaseAddress, width: 1680, height: 1050);
        var dispatch = new DispatchScreen(await desk.NewPageAsync());
        await SignIn.AsAsync(dispatch.Page, "dispatcher", DemoPassword);
        await dispatch.OpenAsync();
        await Assertions.Expect(dispatch.Map).ToHaveAttributeAsync("data-technician-markers", new Regex("^[1-9][0-9]*$"));
        await Assertions.Expect(dispatch.JobRow(job.JobId)).ToBeVisibleAsync();

        // The dots move: several technicians' positions on the map change from what they were a moment ago.
        await dispatch.Page.EvaluateAsync(
            "() => window.positionsBefore = new Map([...document.querySelector('.map-canvas')._dispatchMap.technicians].map(([id, t]) => [id, `${t.lat},${t.lng}`]))");
        await dispatch.Page.WaitForFunctionAsync(
            "() => [...document.querySelector('.map-canvas')._dispatchMap.technicians].filter(([id, t]) => t.lat != null && window.positionsBefore.get(id) !== `${t.lat},${t.lng}`).length >= 3",
            null,
            new() { Timeout = 30_000 });
        await Screenshots.SaveAsync(dispatch.Page, "01-map-simulated-technicians");
        await Screenshots.SaveAsync(dispatch.TechnicianList, "02-technicians-list");

        // Deploy the top suggestion, a technician the simulator drives.
        await dispatch.SelectJobAsync(job.JobId);
        var top = dispatch.Suggestion(1);
        await Assertions.Expect(top).ToBeVisibleAsync();
        var technicianId = int.Parse((await top.GetAttributeAsync("data-technician-id"))!, CultureInfo.InvariantCulture);
        await top.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Deploy ") }).ClickAsync();
        await Assertions.Expect(dispatch.JobRow(job.JobId)).Not.ToHaveAttributeAsync("data-status", "New");
        await Screenshots.SaveAsync(dispatch.Page, "03-deployed");

        // That technician signs in on a phone-sized window and sees the job.
        string userName;
        await using (var db = await _hub.Store.CreateDbContextAsync())
        {
            var userId = await db.Technicians.Where(t => t.Id == technicianId).Select(t => t.UserId).SingleAsync();
            userName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName!).SingleAsync();
        }

        await using var phone = await _browser.NewPhoneContextAsync(_hub.BaseAddress, job.Latitude, job.Longitude, width: 390, height: 844);
        var app = new TechScreen(await phone.NewPageAsync());
        await SignIn.AsAsync(app.Page, userName, DemoPassword);
        await Assertions.Expect(app.Page).ToHaveURLAsync(new Regex("/tech$"));
        await Assertions.Expect(app.Job(job.JobId)).ToBeVisibleAsync();
        await Assertions.Expect(app.Job(job.JobId)).ToContainTextAsync(job.CustomerName);
        await Screenshots.SavePhoneAsync(app.Page, "04-phone-deployed-job");
    }
}
