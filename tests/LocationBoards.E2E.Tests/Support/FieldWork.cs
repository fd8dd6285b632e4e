using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data.Identity;
using LocationBoards.Hub.Features.Dispatch;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>Field work for a journey: a technician who signs in (role and claim, on shift all week), and a job for them from the seed's customers.</summary>
public static class FieldWork
{
    public const string Skill = "appliance-repair";

    private static readonly ClaimsPrincipal Admin = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Role, Roles.Admin), new Claim(ClaimTypes.NameIdentifier, "e2e-admin")], "e2e"));

    /// <summary>A technician row bound to a new user with role Technician and the lb:technician claim.</summary>
    public static async Task<(int TechnicianId, string UserName, string Password)> TechnicianAsync(LiveHub hub, int homeLocationId)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var (userName, password) = await hub.CreateUserAsync(Roles.Technician);
        await using var scope = hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        await using var db = await hub.Store.CreateDbContextAsync();
        var technician = new Technician
        {
            UserId = user.Id,
            Name = $"Tech {userName[^4..]}",
            Email = $"{userName}@example.com",
            HomeLocationId = homeLocationId,
            Skills = [new TechnicianSkill { Skill = Skill }],
            Shifts = [.. Enum.GetValues<DayOfWeek>().Select(ShiftInterval.AllDay)],
        };
        db.Technicians.Add(technician);
        await db.SaveChangesAsync();
        var added = await users.AddClaimAsync(user, new Claim(LocationClaims.TechnicianId, technician.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.True(added.Succeeded);
        return (technician.Id, userName, password);
    }

    /// <summary>A seed customer who owns a product, with their name and that product's id.</summary>
    public static async Task<(int CustomerId, string Name, int OwnedProductId)> CustomerWithProductAsync(LiveHub hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using var db = await hub.Store.CreateDbContextAsync();
        var owned = await db.OwnedProducts.OrderBy(p => p.Id).FirstAsync();
        var customer = await db.Customers.SingleAsync(c => c.Id == owned.CustomerId);
        return (customer.Id, customer.FullName, owned.Id);
    }

    /// <summary>A job reported and assigned to the technician by an admin through the job desk, as a dispatcher would.</summary>
    public static async Task<long> AssignedJobAsync(LiveHub hub, int technicianId, int customerId, int ownedProductId)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var desk = hub.Services.GetRequiredService<JobDesk>();
        var created = await desk.CreateAsync(Admin, new JobRequest
        {
            CustomerId = customerId,
            OwnedProductId = ownedProductId,
            Symptoms = "The washing machine stops mid-cycle and shows E21.",
            Latitude = 45.5120,
            Longitude = -122.6400,
            AddressText = "3214 SE Hawthorne Blvd, Portland 97214",
            Priority = JobPriority.High,
            SkillNeeded = Skill,
        }, Guid.NewGuid().ToString(), CancellationToken.None);
        var job = Assert.IsType<JobOutcome.Created>(created).Job;
        var assigned = await desk.MoveAsync(Admin, job.JobId, job.Version, JobMove.Assign(technicianId, "E2E: assigned directly"), null, CancellationToken.None);
        Assert.IsType<JobMoveOutcome.Moved>(assigned);
        return job.JobId;
    }

    /// <summary>A job assigned to the technician and moved on to On site (as their phone would), for a sale on it.</summary>
    public static async Task<long> OnSiteJobAsync(LiveHub hub, int technicianId, int customerId, int ownedProductId)
    {
        var jobId = await AssignedJobAsync(hub, technicianId, customerId, ownedProductId);
        var desk = hub.Services.GetRequiredService<JobDesk>();
        await using var db = await hub.Store.CreateDbContextAsync();
        var version = await db.FieldJobs.Where(j => j.Id == jobId).Select(j => j.Version).SingleAsync();
        var started = Assert.IsType<JobMoveOutcome.Moved>(await desk.MoveAsync(Admin, jobId, version, JobMove.Start, null, CancellationToken.None));
        Assert.IsType<JobMoveOutcome.Moved>(await desk.MoveAsync(Admin, jobId, started.Job.Version, JobMove.Arrive, null, CancellationToken.None));
        return jobId;
    }
}
