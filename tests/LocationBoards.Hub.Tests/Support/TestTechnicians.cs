using System.Globalization;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data.Identity;
using LocationBoards.Hub.Features.Dispatch;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>Technicians made for one test: a user with role and claim, on shift all week, at a position if given.</summary>
public static class TestTechnicians
{
    public static async Task<(Technician Technician, AppUser User)> AddAsync(
        HubFactory hub, int homeLocationId, string[] skills, (double Latitude, double Longitude)? at = null, string? supervisorUserId = null)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var user = await TestPeople.CreateAsync(hub.Services, Roles.Technician);
        await using var db = await hub.Store.CreateDbContextAsync();
        var technician = new Technician
        {
            UserId = user.Id,
            Name = $"Tech {user.UserName![^4..]}",
            Email = $"{user.UserName}@example.com",
            HomeLocationId = homeLocationId,
            SupervisorUserId = supervisorUserId,
            Skills = [.. skills.Select(s => new TechnicianSkill { Skill = s })],
            Shifts = [.. Enum.GetValues<DayOfWeek>().Select(ShiftInterval.AllDay)],
        };
        db.Technicians.Add(technician);
        await db.SaveChangesAsync();

        await using var scope = hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        await users.AddClaimAsync(stored, new System.Security.Claims.Claim(LocationClaims.TechnicianId, technician.Id.ToString(CultureInfo.InvariantCulture)));
        if (at is { } point)
        {
            hub.Services.GetRequiredService<TechnicianPositions>().Put(new TechnicianPosition(technician.Id, new(point.Latitude, point.Longitude), DateTime.UtcNow));
        }

        return (technician, stored);
    }
}
