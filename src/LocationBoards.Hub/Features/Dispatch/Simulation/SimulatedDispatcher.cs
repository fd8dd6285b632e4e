using System.Security.Claims;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>
/// Keeps a demo busy: now and then sends the best available simulated technician to a job that has waited a while,
/// the way a dispatcher would (suggestions first, then an ordinary Assign move). Fresh jobs are left for people.
/// </summary>
public sealed partial class SimulatedDispatcher(
    IDbContextFactory<AppDbContext> contexts,
    JobSuggestions suggestions,
    JobDesk desk,
    IOptions<SimulatorOptions> options,
    ILogger<SimulatedDispatcher> logger)
{
    private const int JobsTriedPerRound = 10;

    /// <summary>Sends one technician the simulator drives to the longest-waiting job they suit; the job's id, or null when none fits.</summary>
    public async Task<long?> DeployOneAsync(ClaimsPrincipal system, IReadOnlySet<int> driven, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(driven);
        if (driven.Count == 0)
        {
            return null;
        }

        var cutoff = nowUtc - options.Value.AutoDeployAfter;
        List<FieldJob> waiting;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            waiting = await db.FieldJobs.AsNoTracking()
                .Where(j => j.Status == JobStatus.New && j.CreatedUtc <= cutoff)
                .OrderBy(j => j.Priority).ThenBy(j => j.CreatedUtc).ThenBy(j => j.Id)
                .Take(JobsTriedPerRound)
                .ToListAsync(cancellationToken);
        }

        foreach (var job in waiting)
        {
            var ranked = await suggestions.ForAsync(job.Id, cancellationToken);
            var pick = ranked?.Suggestions.FirstOrDefault(s => driven.Contains(s.TechnicianId));
            if (pick is null)
            {
                continue;
            }

            var outcome = await desk.MoveAsync(system, job.Id, job.Version, JobMove.Assign(pick.TechnicianId), "Sent by the dispatch simulator", cancellationToken);
            if (outcome is JobMoveOutcome.Moved)
            {
                LogDeployed(logger, pick.TechnicianId, job.Id);
                return job.Id;
            }

            LogNotDeployed(logger, job.Id, outcome.GetType().Name);
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The dispatch simulator sent technician {TechnicianId} to field job {JobId}")]
    private static partial void LogDeployed(ILogger logger, int technicianId, long jobId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The dispatch simulator could not send anyone to field job {JobId} ({Outcome}); carrying on")]
    private static partial void LogNotDeployed(ILogger logger, long jobId, string outcome);
}
