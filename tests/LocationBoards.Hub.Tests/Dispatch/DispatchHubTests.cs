using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Realtime;
using LocationBoards.Hub.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace LocationBoards.Hub.Tests.Dispatch;

public class DispatchHubTests
{
    private static async Task<string> TokenOfAsync(HubFactory hub, LocationBoards.Data.Identity.AppUser user)
    {
        using var client = hub.CreateClient();
        return await TokenClient.GetTokenAsync(client, user.UserName!, TestPeople.Password);
    }

    [Fact]
    public async Task A_position_reaches_a_dispatchers_client_and_no_technicians()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var (sender, senderUser) = await TestTechnicians.AddAsync(hub, location.Id, ["plumbing"]);
        var (_, otherUser) = await TestTechnicians.AddAsync(hub, location.Id, ["plumbing"]);
        var dispatcherUser = await TestPeople.CreateAsync(hub.Services, Roles.Dispatcher);
        await using var dispatcher = await LiveClient.ConnectAsync(hub, await TokenOfAsync(hub, dispatcherUser));
        await using var otherTech = await LiveClient.ConnectAsync(hub, await TokenOfAsync(hub, otherUser));
        await using var tech = await LiveClient.ConnectAsync(hub, await TokenOfAsync(hub, senderUser));
        await dispatcher.Connection.InvokeAsync<long>(nameof(LiveHub.JoinDispatch));
        await otherTech.Connection.InvokeAsync(nameof(LiveHub.JoinMyJobs));
        var joinRefused = await Assert.ThrowsAsync<HubException>(() => otherTech.Connection.InvokeAsync<long>(nameof(LiveHub.JoinDispatch)));

        var answer = await tech.Connection.InvokeAsync<string>(nameof(LiveHub.SendPosition), 45.51, -122.66, DateTime.UtcNow);

        Assert.Equal("accepted", answer);
        await LiveClient.WaitUntilAsync(() => dispatcher.Positions.Any(p => p.TechnicianId == sender.Id), "the dispatcher receives the position");
        Assert.Empty(otherTech.Positions);
        Assert.Empty(tech.Positions);
        Assert.Contains("may not watch dispatch", joinRefused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dispatcher_client_that_was_away_while_three_jobs_changed_catches_up_exactly()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        var (technician, _) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"], (45.52, -122.65));
        var dispatcherUser = await TestPeople.CreateAsync(hub.Services, Roles.Dispatcher);
        var token = await TokenOfAsync(hub, dispatcherUser);
        using var api = await DispatchApiClient.AsAsync(hub, dispatcherUser);
        var (jobId, version) = await DispatchApiClient.CreateJobAsync(api, customer.Id);

        long lastSeen;
        await using (var first = await LiveClient.ConnectAsync(hub, token))
        {
            lastSeen = await first.Connection.InvokeAsync<long>(nameof(LiveHub.JoinDispatch));
        }

        (await DispatchApiClient.MoveAsync(api, jobId, version, "assign", technician.Id)).EnsureSuccessStatusCode();
        var (second, secondVersion) = await DispatchApiClient.CreateJobAsync(api, customer.Id);
        (await DispatchApiClient.MoveAsync(api, second, secondVersion, "cancel", reason: "Customer fixed it")).EnsureSuccessStatusCode();

        await using var back = await LiveClient.ConnectAsync(hub, token);
        var now = await back.Connection.InvokeAsync<long>(nameof(LiveHub.JoinDispatch));
        var missed = await back.Connection.InvokeAsync<IReadOnlyList<DispatchEventMessage>>(nameof(LiveHub.DispatchEventsAfter), lastSeen);

        Assert.Equal(1, lastSeen);
        Assert.Equal(4, now);
        Assert.Equal([2L, 3L, 4L], missed.Select(e => e.Sequence));
        Assert.Equal([DispatchEventKind.JobAssigned, DispatchEventKind.JobCreated, DispatchEventKind.JobCancelled], missed.Select(e => e.Kind));
        Assert.Equal(JobStatus.Assigned, missed[0].Job.Status);
        Assert.Equal(technician.Id, missed[0].Job.TechnicianId);
    }

    [Fact]
    public async Task A_technician_is_refused_another_jobs_customer_through_the_hub()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        var (_, user) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"]);
        using var api = await DispatchApiClient.AsDispatcherAsync(hub);
        var (jobId, _) = await DispatchApiClient.CreateJobAsync(api, customer.Id);
        await using var tech = await LiveClient.ConnectAsync(hub, await TokenOfAsync(hub, user));

        var refused = await Assert.ThrowsAsync<HubException>(() => tech.Connection.InvokeAsync<object>(nameof(LiveHub.CustomerAccount), jobId));

        Assert.Contains("Forbidden: you may read a customer's account only for your current job.", refused.Message, StringComparison.Ordinal);
    }
}
