using System.Globalization;
using System.Text.RegularExpressions;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.E2E.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

/// <summary>The dispatcher at a desk and the technician on a phone, each in their own browser, on one job.</summary>
public sealed class DispatchAndTechnicianJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    private readonly LiveHub _hub = fixture.Hub;
    private readonly Browser _browser = fixture.Browser;

    [Fact]
    public async Task A_deployed_technician_sees_the_job_live_their_moves_change_the_dispatchers_map_and_a_move_made_offline_is_applied_once()
    {
        var pearl = await SeedPeople.LocationIdAsync(_hub, "pearl");
        var (job, latitude, longitude) = await FieldTechnicians.ReportJobAsync(_hub, "boiler", JobPriority.Urgent);
        var (phoneLatitude, phoneLongitude) = (latitude + 0.01, longitude);
        var tech = await FieldTechnicians.AddAsync(_hub, "Nadia Near", pearl, ["boiler"], (phoneLatitude, phoneLongitude));
        var (dispatcherName, dispatcherPassword) = await _hub.CreateUserAsync(Roles.Dispatcher);

        await using var desk = await _browser.NewContextAsync(_hub.BaseAddress, width: 1680, height: 1050);
        var dispatch = new DispatchScreen(await desk.NewPageAsync());
        await SignIn.AsAsync(dispatch.Page, dispatcherName, dispatcherPassword);
        await dispatch.OpenAsync();

        await using var phone = await _browser.NewPhoneContextAsync(_hub.BaseAddress, phoneLatitude, phoneLongitude, width: 390, height: 844);
        var app = new TechScreen(await phone.NewPageAsync());
        await SignIn.AsAsync(app.Page, tech.UserName, tech.Password);
        await Assertions.Expect(app.Page).ToHaveURLAsync(new Regex("/tech$"));
        await Assertions.Expect(app.Page.GetByText("No jobs right now")).ToBeVisibleAsync();
        await Assertions.Expect(app.Connection).ToHaveTextAsync(new Regex("^Online\\.$"));
        await app.Page.EvaluateAsync("() => window.sameDocumentSinceDeploy = true");

        // The dispatcher deploys the top suggestion: the technician sharing their position nearby.
        await dispatch.ExpectMarkerLookAsync(tech.Id, "Available");
        await dispatch.SelectJobAsync(job.JobId);
        await Assertions.Expect(dispatch.Suggestion(1)).ToHaveAttributeAsync("data-technician-id", tech.Id.ToString(CultureInfo.InvariantCulture));
        await dispatch.Suggestion(1).GetByRole(AriaRole.Button, new() { Name = "Deploy Nadia Near" }).ClickAsync();
        await Assertions.Expect(dispatch.JobRow(job.JobId)).ToHaveAttributeAsync("data-status", "Assigned");
        await dispatch.ExpectMarkerLookAsync(tech.Id, "Assigned");

        // The phone shows the job by itself, without a reload.
        await Assertions.Expect(app.Job(job.JobId)).ToBeVisibleAsync();
        await Assertions.Expect(app.Job(job.JobId).Locator("[data-job-status]")).ToHaveTextAsync("Assigned");
        await Assertions.Expect(app.Job(job.JobId)).ToContainTextAsync(job.CustomerName);
        Assert.True(await app.Page.EvaluateAsync<bool>("() => window.sameDocumentSinceDeploy === true"), "The phone's page was reloaded.");
        await app.ScrollToTopAsync();
        await Screenshots.SavePhoneAsync(app.Page, "01-phone-job-arrived");
        await Accessibility.AssertNoSeriousViolationsAsync(app.Page);

        // On the way: the technician's dot changes on the dispatcher's map, and the lists say so.
        await app.MoveAsync("On my way", "Leaving the depot");
        await Assertions.Expect(app.Job(job.JobId).Locator("[data-job-status]")).ToHaveTextAsync("En route");
        await dispatch.ExpectMarkerLookAsync(tech.Id, "EnRoute");
        await Assertions.Expect(dispatch.TechnicianRow(tech.Id)).ToHaveAttributeAsync("data-state", "EnRoute");
        await Assertions.Expect(dispatch.JobRow(job.JobId)).ToHaveAttributeAsync("data-status", "EnRoute");
        await dispatch.ScrollToTopAsync();
        await Screenshots.SaveAsync(dispatch.Page, "02-map-technician-en-route");
        await Screenshots.SaveAsync(dispatch.TechnicianList, "03-list-technician-en-route");
        await Accessibility.AssertNoSeriousViolationsAsync(dispatch.Page);

        // The phone loses its link and "Arrived" waits on the phone, saying so.
        await phone.SetOfflineAsync(true);
        await app.MoveAsync("Arrived", "Parked in the driveway");
        await Assertions.Expect(app.Connection).ToContainTextAsync("Offline");
        await Assertions.Expect(app.Connection).ToContainTextAsync("Waiting to send: 1 action");
        await Assertions.Expect(app.Job(job.JobId)).ToContainTextAsync("Not sent yet");
        await app.ScrollToTopAsync();
        await Screenshots.SavePhoneAsync(app.Page, "04-phone-offline-arrived-waiting");
        await Accessibility.AssertNoSeriousViolationsAsync(app.Page);
        await Assertions.Expect(dispatch.JobRow(job.JobId)).ToHaveAttributeAsync("data-status", "EnRoute");

        // The link returns: the move is sent, applied once, and the dispatcher's map follows.
        await phone.SetOfflineAsync(false);
        await Assertions.Expect(app.Page.Locator("[data-tech-app]")).ToHaveAttributeAsync("data-waiting", "0");
        await Assertions.Expect(app.Connection).ToHaveTextAsync(new Regex("^Online"));
        await Assertions.Expect(app.Job(job.JobId)).Not.ToContainTextAsync("Not sent yet");
        await dispatch.ExpectMarkerLookAsync(tech.Id, "OnSite");
        await Assertions.Expect(dispatch.JobRow(job.JobId)).ToHaveAttributeAsync("data-status", "OnSite");
        await app.ScrollToTopAsync();
        await Screenshots.SavePhoneAsync(app.Page, "05-phone-back-online-on-site");
        await dispatch.ScrollToTopAsync();
        await Screenshots.SaveAsync(dispatch.Page, "06-map-technician-on-site");

        var statuses = await DispatchEvents.StatusesOfAsync(_hub, job.JobId);
        Assert.Equal(["new", "assigned", "enRoute", "onSite"], statuses);
        await using var db = await _hub.Store.CreateDbContextAsync();
        var arrival = Assert.Single(await db.JobStatusChanges.Where(c => c.JobId == job.JobId && c.To == JobStatus.OnSite).ToListAsync());
        Assert.Equal("Parked in the driveway", arrival.Note);
    }
}
