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

/// <summary>
/// Technicians and jobs made for one journey (never the seed's): a technician is a user in the Technician role with
/// the technician claim and a Technician row, on shift all week, at a position taken now on the hub's own clock.
/// </summary>
public static class FieldTechnicians
{
    public static async Task<FieldTechnician> AddAsync(LiveHub hub, string name, int homeLocationId, string[] skills, (double Latitude, double Longitude)? at)
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
            Name = name,
            Email = $"{userName}@example.com",
            HomeLocationId = homeLocationId,
            Skills = [.. skills.Select(s => new TechnicianSkill { Skill = s })],
            Shifts = [.. Enum.GetValues<DayOfWeek>().Select(ShiftInterval.AllDay)],
        };
        db.Technicians.Add(technician);
        await db.SaveChangesAsync();
        await users.AddClaimAsync(user, new Claim(LocationClaims.TechnicianId, technician.Id.ToString(CultureInfo.InvariantCulture)));
        if (at is { } point)
        {
            Place(hub, technician.Id, point.Latitude, point.Longitude);
        }

        return new FieldTechnician(technician.Id, name, userName, password);
    }

    /// <summary>A position recorded now by the hub's clock (the journeys' clock runs ahead of the machine's).</summary>
    public static void Place(LiveHub hub, int technicianId, double latitude, double longitude)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var now = hub.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        hub.Services.GetRequiredService<TechnicianPositions>().Put(new TechnicianPosition(technicianId, new(latitude, longitude), now));
    }

    /// <summary>A job for a seeded customer at one of their delivery addresses, reported through the job desk.</summary>
    public static async Task<(JobCard Job, double Latitude, double Longitude)> ReportJobAsync(LiveHub hub, string skill, JobPriority priority, int skipCustomers = 0)
    {
        ArgumentNullException.ThrowIfNull(hub);
        await using var db = await hub.Store.CreateDbContextAsync();
        var address = await db.DeliveryAddresses.OrderBy(a => a.Id).Skip(skipCustomers).FirstAsync();
        var desk = hub.Services.GetRequiredService<JobDesk>();
        var outcome = await desk.CreateAsync(
            new ClaimsPrincipal(new ClaimsIdentity()),
            new JobRequest { CustomerId = address.CustomerId, DeliveryAddressId = address.Id, Symptoms = "Boiler makes a banging noise", Priority = priority, SkillNeeded = skill },
            Guid.NewGuid().ToString("N"),
            CancellationToken.None);
        var created = Assert.IsType<JobOutcome.Created>(outcome);
        return (created.Job, address.Latitude, address.Longitude);
    }
}
