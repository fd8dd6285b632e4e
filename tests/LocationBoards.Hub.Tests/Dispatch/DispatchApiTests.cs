using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Dispatch;

public class DispatchApiTests
{
    [Fact]
    public async Task A_job_submitted_twice_with_one_key_is_made_once_and_a_reused_key_is_refused()
    {
        using var hub = new HubFactory();
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var dispatcher = await DispatchApiClient.AsDispatcherAsync(hub);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => DispatchApiClient.SubmitAsync(dispatcher, DispatchApiClient.Job(customer.Id), "same-key")));
        var other = await DispatchApiClient.SubmitAsync(dispatcher, DispatchApiClient.Job(customer.Id, priority: "low"), "same-key");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var ids = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetInt64()));
        Assert.Single(ids.Distinct());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        await using var db = await hub.Store.CreateDbContextAsync();
        Assert.Equal(1, await db.FieldJobs.CountAsync());
        Assert.Equal(1, await db.DispatchEvents.CountAsync());
    }

    [Fact]
    public async Task A_job_with_bad_fields_is_refused_field_by_field_and_nothing_is_stored()
    {
        using var hub = new HubFactory();
        using var dispatcher = await DispatchApiClient.AsDispatcherAsync(hub);

        var response = await DispatchApiClient.SubmitAsync(dispatcher, new { customerId = 999, symptoms = " ", latitude = 95, longitude = 0, skillNeeded = "" }, "bad");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("symptoms", out _));
        Assert.True(errors.TryGetProperty("place", out _));
        Assert.True(errors.TryGetProperty("skillNeeded", out _));
        await using var db = await hub.Store.CreateDbContextAsync();
        Assert.Equal(0, await db.FieldJobs.CountAsync());
    }

    [Fact]
    public async Task Two_dispatchers_deploying_at_once_give_one_change_and_one_refusal()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        var (ann, _) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"], (45.52, -122.65));
        var (bob, _) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"], (45.53, -122.66));
        using var first = await DispatchApiClient.AsDispatcherAsync(hub);
        using var second = await DispatchApiClient.AsDispatcherAsync(hub);
        var (jobId, version) = await DispatchApiClient.CreateJobAsync(first, customer.Id);

        var both = await Task.WhenAll(
            DispatchApiClient.MoveAsync(first, jobId, version, "assign", ann.Id),
            DispatchApiClient.MoveAsync(second, jobId, version, "assign", bob.Id));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        var loser = both.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        var fresh = (await loser.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job");
        Assert.Equal("assigned", fresh.GetProperty("status").GetString());
        await using var db = await hub.Store.CreateDbContextAsync();
        Assert.Equal(2, await db.DispatchEvents.CountAsync());
    }

    [Fact]
    public async Task Deploying_a_technician_without_the_skill_is_refused_unless_overridden_with_a_reason()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        var (plumber, _) = await TestTechnicians.AddAsync(hub, location.Id, ["plumbing"], (45.52, -122.65));
        using var dispatcher = await DispatchApiClient.AsDispatcherAsync(hub);
        var (jobId, version) = await DispatchApiClient.CreateJobAsync(dispatcher, customer.Id, "appliance-repair");

        var refused = await DispatchApiClient.MoveAsync(dispatcher, jobId, version, "assign", plumber.Id);
        var overridden = await DispatchApiClient.MoveAsync(dispatcher, jobId, version, "assign", plumber.Id, overrideReason: "Only one free today; he has done these before");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        await using var db = await hub.Store.CreateDbContextAsync();
        var job = await db.FieldJobs.Include(j => j.History).SingleAsync(j => j.Id == jobId);
        Assert.Equal("Only one free today; he has done these before", job.OverrideReason);
        Assert.Contains(job.History, h => h.Note != null && h.Note.Contains("Only one free today", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_technician_reads_the_account_of_their_current_job_only()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var mine = await TestCatalog.AddCustomerAsync(hub.Store, firstName: "Mina", phone: "+15035550101");
        var theirs = await TestCatalog.AddCustomerAsync(hub.Store, firstName: "Theo", phone: "+15035550102");
        var (technician, user) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"], (45.52, -122.65));
        var (other, _) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"], (45.53, -122.66));
        using var dispatcher = await DispatchApiClient.AsDispatcherAsync(hub);
        var (myJob, v1) = await DispatchApiClient.CreateJobAsync(dispatcher, mine.Id);
        var (theirJob, v2) = await DispatchApiClient.CreateJobAsync(dispatcher, theirs.Id);
        (await DispatchApiClient.MoveAsync(dispatcher, myJob, v1, "assign", technician.Id)).EnsureSuccessStatusCode();
        (await DispatchApiClient.MoveAsync(dispatcher, theirJob, v2, "assign", other.Id)).EnsureSuccessStatusCode();
        using var tech = await DispatchApiClient.AsAsync(hub, user);

        var own = await tech.GetAsync(new Uri($"/api/jobs/{myJob}/account", UriKind.Relative));
        var foreign = await tech.GetAsync(new Uri($"/api/jobs/{theirJob}/account", UriKind.Relative));
        var foreignJob = await tech.GetAsync(new Uri($"/api/jobs/{theirJob}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("Mina Tester", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.DoesNotContain("Theo", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreignJob.StatusCode);
    }

    [Fact]
    public async Task Positions_out_of_range_from_the_future_or_older_than_the_last_change_nothing()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var (_, user) = await TestTechnicians.AddAsync(hub, location.Id, ["plumbing"]);
        using var tech = await DispatchApiClient.AsAsync(hub, user);
        var now = DateTime.UtcNow;

        var first = await tech.PostAsJsonAsync("/api/technicians/me/position", new { latitude = 45.5, longitude = -122.6, recordedUtc = now });
        var older = await tech.PostAsJsonAsync("/api/technicians/me/position", new { latitude = 45.6, longitude = -122.7, recordedUtc = now.AddSeconds(-5) });
        var outOfRange = await tech.PostAsJsonAsync("/api/technicians/me/position", new { latitude = 91, longitude = -122.6, recordedUtc = now.AddSeconds(1) });
        var future = await tech.PostAsJsonAsync("/api/technicians/me/position", new { latitude = 45.5, longitude = -122.6, recordedUtc = now.AddMinutes(10) });

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, older.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
    }
}
