using System.Text.RegularExpressions;
using LocationBoards.Core.Dispatch;
using LocationBoards.E2E.Tests.Support;
using LocationBoards.Hub.Features.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LocationBoards.E2E.Tests.Journeys;

public sealed class TechnicianJourney(HubAndBrowser fixture) : IClassFixture<HubAndBrowser>
{
    private const double PhoneLatitude = 45.52;
    private const double PhoneLongitude = -122.68;

    private readonly LiveHub _hub = fixture.Hub;
    private readonly Browser _browser = fixture.Browser;

    [Fact]
    public async Task A_technician_works_a_job_on_the_phone_and_an_action_taken_offline_is_sent_once_when_the_link_returns()
    {
        var pearl = await SeedPeople.LocationIdAsync(_hub, "pearl");
        var (technicianId, userName, password) = await FieldWork.TechnicianAsync(_hub, pearl);
        var (customerId, customerName, ownedProductId) = await FieldWork.CustomerWithProductAsync(_hub);
        var jobId = await FieldWork.AssignedJobAsync(_hub, technicianId, customerId, ownedProductId);

        await using var phone = await _browser.NewPhoneContextAsync(_hub.BaseAddress, PhoneLatitude, PhoneLongitude);
        var tech = new TechScreen(await phone.NewPageAsync());
        await SignIn.AsAsync(tech.Page, userName, password);

        // Signing in lands on the app: the job, its customer and what to do next.
        await Assertions.Expect(tech.Page).ToHaveURLAsync(new Regex("/tech$"));
        await Assertions.Expect(tech.Job(jobId)).ToBeVisibleAsync();
        await Assertions.Expect(tech.Job(jobId).Locator("[data-job-status]")).ToHaveTextAsync("Assigned");
        await Assertions.Expect(tech.Job(jobId)).ToContainTextAsync(customerName);
        await Assertions.Expect(tech.Job(jobId)).ToContainTextAsync("3214 SE Hawthorne Blvd");
        await Assertions.Expect(tech.Job(jobId)).ToContainTextAsync("shows E21");
        await Assertions.Expect(tech.Job(jobId).GetByRole(AriaRole.Link, new() { Name = "Directions (OpenStreetMap)" }))
            .ToHaveAttributeAsync("href", "https://www.openstreetmap.org/directions?to=45.512000,-122.640000");
        await Assertions.Expect(tech.Job(jobId).GetByRole(AriaRole.Link, new() { Name = "Open in maps app" }))
            .ToHaveAttributeAsync("href", new Regex("^geo:45\\.512000,-122\\.640000"));
        await Assertions.Expect(tech.AccountName).ToHaveTextAsync(customerName);
        await Assertions.Expect(tech.Connection).ToHaveTextAsync(new Regex("^Online"));
        await Assertions.Expect(tech.ShareSwitch).ToBeCheckedAsync();
        await Screenshots.SavePhoneAsync(tech.Page, "01-phone-assigned-job");
        await Accessibility.AssertNoSeriousViolationsAsync(tech.Page);

        // The phone's position reaches the hub while sharing is on.
        await Eventually(() => _hub.Services.GetRequiredService<TechnicianPositions>().Latest(technicianId) is { } at
            && Math.Abs(at.Point.Latitude - PhoneLatitude) < 1e-4 && Math.Abs(at.Point.Longitude - PhoneLongitude) < 1e-4);

        // On the way, with a note.
        await tech.MoveAsync("On my way", "Leaving the depot now");
        await Assertions.Expect(tech.Job(jobId).Locator("[data-job-status]")).ToHaveTextAsync("En route");
        await Assertions.Expect(tech.Page.Locator("[data-tech-app]")).ToHaveAttributeAsync("data-waiting", "0");
        await Eventually(async () => await StatusAsync(jobId) == JobStatus.EnRoute);
        await Assertions.Expect(tech.AccountName).ToHaveTextAsync(customerName);
        await tech.ScrollToTopAsync();
        await Screenshots.SavePhoneAsync(tech.Page, "02-phone-en-route");

        // The link drops; "Arrived" is kept on the phone and the screen says so.
        await phone.SetOfflineAsync(true);
        await tech.MoveAsync("Arrived", "Parked in the driveway");
        await Assertions.Expect(tech.Connection).ToContainTextAsync("Offline");
        await Assertions.Expect(tech.Connection).ToContainTextAsync("Waiting to send: 1 action");
        await Assertions.Expect(tech.Job(jobId).Locator("[data-job-status]")).ToHaveTextAsync("On site");
        await Assertions.Expect(tech.Job(jobId)).ToContainTextAsync("Not sent yet");
        Assert.Equal(JobStatus.EnRoute, await StatusAsync(jobId));
        var stored = await tech.Page.EvaluateAsync<string>("() => JSON.stringify(Object.assign({}, localStorage))");
        Assert.Contains("arrive", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(customerName, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Hawthorne", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("E21", stored, StringComparison.Ordinal);
        await tech.ScrollToTopAsync();
        await Screenshots.SavePhoneAsync(tech.Page, "03-phone-offline-one-waiting");
        await Accessibility.AssertNoSeriousViolationsAsync(tech.Page);

        // The link returns: the action goes once, and the screen and the store agree.
        await phone.SetOfflineAsync(false);
        await Assertions.Expect(tech.Page.Locator("[data-tech-app]")).ToHaveAttributeAsync("data-waiting", "0", new() { Timeout = 30_000 });
        await Assertions.Expect(tech.Connection).ToHaveTextAsync(new Regex("^Online"));
        await Assertions.Expect(tech.Job(jobId).Locator("[data-job-status]")).ToHaveTextAsync("On site");
        await Assertions.Expect(tech.Job(jobId)).Not.ToContainTextAsync("Not sent yet");
        await using (var db = await _hub.Store.CreateDbContextAsync())
        {
            var job = await db.FieldJobs.SingleAsync(j => j.Id == jobId);
            Assert.Equal(JobStatus.OnSite, job.Status);
            var onSite = await db.JobStatusChanges.Where(c => c.JobId == jobId && c.To == JobStatus.OnSite).ToListAsync();
            var line = Assert.Single(onSite);
            Assert.Contains("Parked in the driveway", line.Note, StringComparison.Ordinal);
        }

        await tech.ScrollToTopAsync();
        await Screenshots.SavePhoneAsync(tech.Page, "04-phone-back-online-on-site");

        // A job deployed now appears without a reload (LiveHub), under the current one.
        var next = await FieldWork.AssignedJobAsync(_hub, technicianId, customerId, ownedProductId);
        await Assertions.Expect(tech.NextJob(next)).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await tech.NextJob(next).ScrollIntoViewIfNeededAsync();
        await Screenshots.SavePhoneAsync(tech.Page, "05-phone-next-job-arrived");
        await Accessibility.AssertNoSeriousViolationsAsync(tech.Page);
    }

    [Fact]
    public async Task A_technician_without_jobs_is_told_so()
    {
        var pearl = await SeedPeople.LocationIdAsync(_hub, "pearl");
        var (_, userName, password) = await FieldWork.TechnicianAsync(_hub, pearl);
        await using var phone = await _browser.NewPhoneContextAsync(_hub.BaseAddress, PhoneLatitude, PhoneLongitude);
        var tech = new TechScreen(await phone.NewPageAsync());
        await SignIn.AsAsync(tech.Page, userName, password);
        await tech.OpenAsync();

        await Assertions.Expect(tech.Page.GetByText("No jobs right now")).ToBeVisibleAsync();
        await Assertions.Expect(tech.Page.Locator("[data-account-section]")).ToBeHiddenAsync();
        await Screenshots.SavePhoneAsync(tech.Page, "01-phone-no-jobs");
        await Accessibility.AssertNoSeriousViolationsAsync(tech.Page);
    }

    private async Task<JobStatus> StatusAsync(long jobId)
    {
        await using var db = await _hub.Store.CreateDbContextAsync();
        return await db.FieldJobs.Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync();
    }

    private static Task Eventually(Func<bool> condition) => Eventually(() => Task.FromResult(condition()));

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "The condition did not hold within 20 seconds.");
            await Task.Delay(200);
        }
    }
}
