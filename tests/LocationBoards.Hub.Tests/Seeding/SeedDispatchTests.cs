using System.Globalization;
using LocationBoards.Core.Access;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Features.Dispatch;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Seeding;

/// <summary>The seeded technicians, their users and the day of field jobs with its dispatch events.</summary>
public class SeedDispatchTests(LoadedSeed seed) : IClassFixture<LoadedSeed>
{
    [Fact]
    public async Task Every_technician_has_a_technician_user_with_its_claim_skills_shifts_and_a_supervisor()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var technicians = await db.Technicians.Include(t => t.Skills).Include(t => t.Shifts).AsSplitQuery().AsNoTracking().ToListAsync();
        var roles = await RolesByUserIdAsync(db);
        var claims = await db.UserClaims.Where(c => c.ClaimType == LocationClaims.TechnicianId).ToListAsync();
        var supervises = await db.UserClaims.Where(c => c.ClaimType == LocationClaims.Supervises).ToListAsync();

        Assert.True(technicians.Count >= 28, $"{technicians.Count} technicians");
        Assert.Equal(seed.Summary.Technicians, technicians.Count);
        Assert.Equal(await db.Locations.CountAsync(), technicians.Select(t => t.HomeLocationId).Distinct().Count());
        Assert.All(technicians, t =>
        {
            Assert.Contains(Roles.Technician, roles[t.UserId]);
            Assert.Equal(t.Id.ToString(CultureInfo.InvariantCulture), Assert.Single(claims, c => c.UserId == t.UserId).ClaimValue);
            Assert.InRange(t.Skills.Count, 1, 3);
            Assert.NotEmpty(t.Shifts);
            Assert.NotNull(t.SupervisorUserId);
            Assert.Contains(Roles.Supervisor, roles[t.SupervisorUserId]);
            Assert.Contains(supervises, c => c.UserId == t.SupervisorUserId && c.ClaimValue == t.HomeLocationId.ToString(CultureInfo.InvariantCulture));
        });
        Assert.Equal(technicians.Count, claims.Count);
        Assert.Contains(technicians, t => t.Shifts.Exists(s => s.RunsPastMidnight));
        Assert.Contains(technicians, t => t.Shifts.Exists(s => s.Day is DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    [Fact]
    public async Task The_demo_dispatcher_and_technician_sign_in_with_their_roles()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var roles = await RolesByUserIdAsync(db);
        var dispatcher = await db.Users.SingleAsync(u => u.UserName == "dispatcher");
        var tech = await db.Users.SingleAsync(u => u.UserName == "tech");

        Assert.Contains(Roles.Dispatcher, roles[dispatcher.Id]);
        Assert.Contains(Roles.Technician, roles[tech.Id]);
        var record = await db.Technicians.SingleAsync(t => t.UserId == tech.Id);
        Assert.Equal(tech.DisplayName, record.Name);
        Assert.Equal(tech.Email, record.Email);
        Assert.True(await db.FieldJobs.AnyAsync(j => j.TechnicianId == record.Id && j.Status != JobStatus.Done), "the demo technician has work");
    }

    [Fact]
    public async Task Every_visit_service_needs_a_skill_that_some_technician_has()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var items = await db.CatalogItems.AsNoTracking().ToListAsync();
        var held = await db.TechnicianSkills.Select(s => s.Skill).Distinct().ToListAsync();

        var needing = items.Where(i => i.SkillNeeded is not null).ToList();

        Assert.True(needing.Count >= 4, $"{needing.Count} services need a skill");
        Assert.All(needing, i =>
        {
            Assert.Equal(CatalogItemKind.Service, i.Kind);
            Assert.Contains(held, s => TechnicianSkill.Same(s, i.SkillNeeded));
        });
        Assert.Equal("appliance-repair", items.Single(i => i.Sku == "SRV-REPAIR-VISIT").SkillNeeded);
    }

    [Fact]
    public async Task Jobs_are_for_seeded_customers_at_their_addresses_with_skills_technicians_have()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var jobs = await db.FieldJobs.AsNoTracking().ToListAsync();
        var technicians = await db.Technicians.Include(t => t.Skills).AsNoTracking().ToDictionaryAsync(t => t.Id);
        var addresses = await db.DeliveryAddresses.AsNoTracking().ToDictionaryAsync(a => a.Id);
        var products = await db.OwnedProducts.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var now = seed.Harness.Clock.GetUtcNow().UtcDateTime;

        Assert.InRange(jobs.Count, 35, 60);
        Assert.Equal(seed.Summary.FieldJobs, jobs.Count);
        Assert.All(jobs, j =>
        {
            var address = addresses[j.DeliveryAddressId!.Value];
            Assert.Equal(j.CustomerId, address.CustomerId);
            Assert.Equal((address.Latitude, address.Longitude), (j.Latitude, j.Longitude));
            Assert.True(j.OwnedProductId is null || products[j.OwnedProductId.Value].CustomerId == j.CustomerId);
            Assert.Contains(technicians.Values, t => t.HasSkill(j.SkillNeeded));
            Assert.InRange(j.CreatedUtc, now.AddHours(-10), now);
            if (j.TechnicianId is { } id)
            {
                Assert.True(technicians[id].HasSkill(j.SkillNeeded), $"job {j.Id}'s technician lacks {j.SkillNeeded}");
            }
        });
        Assert.All(jobs.Where(j => j.IsInProgress).GroupBy(j => j.TechnicianId), g => Assert.Single(g));
        Assert.True(jobs.Count(j => j.Status == JobStatus.New) > jobs.Count / 2);
        Assert.All(new[] { JobStatus.Assigned, JobStatus.EnRoute, JobStatus.OnSite, JobStatus.Done }, s => Assert.Contains(jobs, j => j.Status == s));
        Assert.Contains(jobs, j => j.Priority == JobPriority.Urgent);
        Assert.Contains(jobs, j => j.Priority == JobPriority.High);
        Assert.True(jobs.Count(j => j.OwnedProductId is not null) >= jobs.Count / 2);
    }

    [Fact]
    public async Task One_dispatch_event_per_history_line_in_time_order_and_the_sequence_row_at_the_last()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var history = await db.JobStatusChanges.AsNoTracking().ToListAsync();
        var events = await db.DispatchEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var jobs = await db.FieldJobs.AsNoTracking().ToDictionaryAsync(j => j.Id);

        Assert.Equal(history.Count, events.Count);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(n => (long)n), events.Select(e => e.Sequence));
        Assert.Equal(events.Count, (await db.DispatchSequences.SingleAsync(s => s.Id == DispatchSequence.SingleRowId)).LastSequence);
        Assert.Equal(events.OrderBy(e => e.OccurredUtc).Select(e => e.Sequence), events.Select(e => e.Sequence));
        Assert.Equal(jobs.Count, events.Count(e => e.Kind == DispatchEventKind.JobCreated));
        Assert.All(events.GroupBy(e => e.JobId), g =>
        {
            var job = jobs[g.Key];
            Assert.Equal(job.Version + 1, g.Count());
            Assert.Equal(history.Count(h => h.JobId == job.Id), g.Count());
            var last = DispatchJson.Read(g.Last().PayloadJson);
            Assert.Equal((job.Id, job.Status, job.Version, job.TechnicianId, job.SkillNeeded), (last.JobId, last.Status, last.Version, last.TechnicianId, last.SkillNeeded));
            Assert.Equal(job.TechnicianId, g.Last().TechnicianId);
        });
    }

    private static async Task<Dictionary<string, List<string>>> RolesByUserIdAsync(Data.AppDbContext db) =>
        (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync())
            .GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.Select(x => x.Name!).ToList());
}
