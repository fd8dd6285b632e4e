using LocationBoards.Core.Dispatch;

namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>
/// The order a dispatcher works the open jobs in, and how each stands in words: the most urgent priority first;
/// within a priority the late ones first, then the nearest target. "late by 25 min", "on site due in 1 h 10 min".
/// </summary>
public static class JobOrder
{
    public static IReadOnlyList<JobCard> Ordered(IEnumerable<JobCard> jobs, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        return [.. jobs
            .OrderBy(j => j.Priority)
            .ThenByDescending(j => IsLate(j, nowUtc))
            .ThenBy(j => j.TargetUtc)
            .ThenBy(j => j.JobId)];
    }

    public static bool IsLate(JobCard job, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(job);
        return IsStillToReach(job) && nowUtc > job.TargetUtc;
    }

    /// <summary>Lateness in words, as <see cref="JobLateness.Assess"/> says it for a stored job.</summary>
    public static string Timing(JobCard job, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!IsStillToReach(job))
        {
            return JobStateMachine.Words(job.Status);
        }

        return nowUtc > job.TargetUtc
            ? $"late by {DurationText.Format(nowUtc - job.TargetUtc)}"
            : $"on site due in {DurationText.Format(job.TargetUtc - nowUtc)}";
    }

    public static string Status(JobStatus status) => status switch
    {
        JobStatus.New => "New: nobody sent",
        JobStatus.Assigned => "Assigned",
        JobStatus.EnRoute => "On the way",
        JobStatus.OnSite => "On site",
        JobStatus.Done => "Done",
        _ => "Cancelled",
    };

    public static string Priority(JobPriority priority) => priority.ToString();

    private static bool IsStillToReach(JobCard job) => job.Status is JobStatus.New or JobStatus.Assigned or JobStatus.EnRoute;
}
