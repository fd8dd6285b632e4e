using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace LocationBoards.Data.Seeding;

/// <summary>
/// Writes the technicians, gives each one's user the <see cref="LocationClaims.TechnicianId"/> claim (the id is known
/// only once stored), then the jobs with their history, one dispatch event per history line numbered in time order,
/// and the dispatch sequence row at the last number. Runs inside the loader's transaction, after the users.
/// </summary>
internal static class DispatchSeedWriter
{
    public static async Task WriteAsync(
        AppDbContext db, UserManager<AppUser> users, SeedContent content, DateTime nowUtc, PriorityTargets targets, CancellationToken cancellationToken)
    {
        foreach (var seed in content.Technicians)
        {
            seed.Technician.HomeLocationId = seed.Home.Id;
        }

        db.Technicians.AddRange(content.Technicians.Select(t => t.Technician));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var seed in content.Technicians)
        {
            var claim = new Claim(LocationClaims.TechnicianId, seed.Technician.Id.ToString(CultureInfo.InvariantCulture));
            var result = await users.AddClaimAsync(seed.User.User, claim);
            if (!result.Succeeded)
            {
                throw SeedDataException.InFile(
                    SeedFiles.Technicians, $"the technician claim of {seed.User.User.UserName} could not be added: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }

        var jobs = content.Jobs.Select(seed => (Seed: seed, Job: JobPlayback.Play(seed, nowUtc, t => t.Technician.Id))).ToList();
        db.FieldJobs.AddRange(jobs.Select(j => j.Job));
        await db.SaveChangesAsync(cancellationToken);

        var changes = jobs
            .SelectMany((j, order) => j.Job.History.Select((line, version) => (j.Seed, j.Job, Line: line, Version: version, Order: order)))
            .OrderBy(c => c.Line.AtUtc).ThenBy(c => c.Order).ThenBy(c => c.Version)
            .ToList();
        var sequence = 0L;
        foreach (var change in changes)
        {
            db.DispatchEvents.Add(new DispatchEvent
            {
                Sequence = ++sequence,
                Kind = change.Version == 0 ? DispatchEventKind.JobCreated : JobStateMachine.EventKindOf(change.Seed.Steps[change.Version - 1].Move),
                JobId = change.Job.Id,
                TechnicianId = change.Line.TechnicianId,
                OccurredUtc = change.Line.AtUtc,
                PayloadJson = DispatchEventPayload.For(change.Job, change.Line, change.Version, change.Seed.Customer, targets),
            });
        }

        db.DispatchSequences.Add(new DispatchSequence { LastSequence = sequence });
        await db.SaveChangesAsync(cancellationToken);
    }
}
