using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;
using LocationBoards.Hub.Features.Dispatch;
using LocationBoards.Hub.Features.Dispatch.Simulation;
using LocationBoards.Hub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Tests.Dispatch.Simulation;

/// <summary>The simulator ticked by hand over the real hub (its own loop is off in tests): no timers, no waiting.</summary>
public class TechnicianSimulatorTests
{
    private static readonly GeoPoint Place = new(45.5120, -122.6400);

    [Fact]
    public async Task An_assigned_technician_appears_near_home_sets_off_and_drives_toward_the_job()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var (technician, _) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"]);
        var jobId = await AssignedJobAsync(hub, technician.Id);
        var simulator = hub.Services.GetRequiredService<TechnicianSimulator>();
        var positions = hub.Services.GetRequiredService<TechnicianPositions>();
        var now = DateTime.UtcNow;

        await simulator.TickAsync(now);

        var appeared = positions.Latest(technician.Id);
        Assert.NotNull(appeared);
        Assert.InRange(GreatCircle.DistanceMetres(appeared.Point, new GeoPoint(location.Latitude, location.Longitude)), 0, 150.001);
        var job = await JobAsync(hub, jobId);
        Assert.Equal(JobStatus.EnRoute, job.Status);
        Assert.Equal(SimulatorPrincipal.UserId, job.History[^1].By);

        var distance = GreatCircle.DistanceMetres(appeared.Point, Place);
        for (var second = 1; second <= 3; second++)
        {
            await simulator.TickAsync(now.AddSeconds(second));
            var moved = positions.Latest(technician.Id)!;
            var nearer = GreatCircle.DistanceMetres(moved.Point, Place);
            Assert.True(nearer < distance, $"tick {second}: {nearer:F1} m from the job is not nearer than {distance:F1} m");
            distance = nearer;
        }
    }

    [Fact]
    public async Task A_simulated_technician_goes_through_every_state_of_the_job_to_done()
    {
        using var hub = new HubFactory();
        hub.Settings["Dispatch:Simulator:TickSeconds"] = "60";
        hub.Settings["Dispatch:Simulator:SpeedKmh"] = "300";
        hub.Settings["Dispatch:Simulator:OnSiteMin"] = "00:00:00";
        hub.Settings["Dispatch:Simulator:OnSiteMax"] = "00:00:00";
        var location = await TestLocations.AddAsync(hub.Store);
        var (technician, _) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"]);
        var jobId = await AssignedJobAsync(hub, technician.Id);
        var simulator = hub.Services.GetRequiredService<TechnicianSimulator>();
        var now = DateTime.UtcNow;

        var seen = new List<JobStatus>();
        for (var tick = 0; tick < 6 && seen.LastOrDefault() != JobStatus.Done; tick++)
        {
            await simulator.TickAsync(now.AddMinutes(tick));
            var status = (await JobAsync(hub, jobId)).Status;
            if (seen.Count == 0 || seen[^1] != status)
            {
                seen.Add(status);
            }
        }

        Assert.Equal([JobStatus.EnRoute, JobStatus.OnSite, JobStatus.Done], seen);
        var job = await JobAsync(hub, jobId);
        Assert.All(job.History.Where(h => h.To is JobStatus.EnRoute or JobStatus.OnSite or JobStatus.Done), h => Assert.Equal(SimulatorPrincipal.UserId, h.By));
        Assert.Equal(Place, hub.Services.GetRequiredService<TechnicianPositions>().Latest(technician.Id)!.Point);
    }

    [Fact]
    public async Task A_technician_whose_phone_sends_positions_is_left_alone()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var (technician, _) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"], at: (45.52, -122.65));
        var jobId = await AssignedJobAsync(hub, technician.Id);
        var positions = hub.Services.GetRequiredService<TechnicianPositions>();
        var fromPhone = positions.Latest(technician.Id);

        await hub.Services.GetRequiredService<TechnicianSimulator>().TickAsync(DateTime.UtcNow);

        Assert.Same(fromPhone, positions.Latest(technician.Id));
        Assert.Equal(JobStatus.Assigned, (await JobAsync(hub, jobId)).Status);
    }

    [Fact]
    public async Task A_job_waiting_long_enough_is_sent_to_a_simulated_technician_with_the_skill()
    {
        using var hub = new HubFactory();
        hub.Settings["Dispatch:Simulator:AutoDeployAfter"] = "00:00:00";
        var location = await TestLocations.AddAsync(hub.Store);
        var (plumber, _) = await TestTechnicians.AddAsync(hub, location.Id, ["plumbing"]);
        var (repairer, _) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"]);
        var (jobId, _) = await NewJobAsync(hub);

        await hub.Services.GetRequiredService<TechnicianSimulator>().TickAsync(DateTime.UtcNow);

        var job = await JobAsync(hub, jobId);
        Assert.Equal(JobStatus.Assigned, job.Status);
        Assert.Equal(repairer.Id, job.TechnicianId);
        Assert.NotEqual(plumber.Id, job.TechnicianId);
        Assert.Equal(SimulatorPrincipal.UserId, job.History[^1].By);
    }

    [Fact]
    public async Task A_store_without_technicians_is_a_quiet_tick()
    {
        using var hub = new HubFactory();
        await NewJobAsync(hub);

        await hub.Services.GetRequiredService<TechnicianSimulator>().TickAsync(DateTime.UtcNow);

        Assert.Empty(hub.Services.GetRequiredService<TechnicianPositions>().All);
    }

    private static async Task<(long Id, int Version)> NewJobAsync(HubFactory hub)
    {
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        var desk = hub.Services.GetRequiredService<JobDesk>();
        var request = new JobRequest
        {
            CustomerId = customer.Id,
            Symptoms = "The washing machine stops mid-cycle and shows E21.",
            Latitude = Place.Latitude,
            Longitude = Place.Longitude,
            AddressText = "3214 SE Hawthorne Blvd, Portland 97214",
            Priority = JobPriority.Normal,
            SkillNeeded = "appliance-repair",
        };
        var created = await desk.CreateAsync(Dispatcher(hub), request, Guid.NewGuid().ToString(), CancellationToken.None);
        var card = Assert.IsType<JobOutcome.Created>(created).Job;
        return (card.JobId, card.Version);
    }

    private static async Task<long> AssignedJobAsync(HubFactory hub, int technicianId)
    {
        var (jobId, version) = await NewJobAsync(hub);
        var moved = await hub.Services.GetRequiredService<JobDesk>().MoveAsync(
            Dispatcher(hub), jobId, version, JobMove.Assign(technicianId, "No phone yet: the simulator drives them"), note: null, CancellationToken.None);
        Assert.IsType<JobMoveOutcome.Moved>(moved);
        return jobId;
    }

    private static System.Security.Claims.ClaimsPrincipal Dispatcher(HubFactory hub) =>
        SimulatorPrincipal.Create(hub.Services.GetRequiredService<IOptions<IdentityOptions>>().Value);

    private static async Task<FieldJob> JobAsync(HubFactory hub, long jobId)
    {
        await using var db = await hub.Store.CreateDbContextAsync();
        var job = await db.FieldJobs.AsNoTracking().Include(j => j.History).SingleAsync(j => j.Id == jobId);
        job.History = [.. job.History.OrderBy(h => h.Id)];
        return job;
    }
}
