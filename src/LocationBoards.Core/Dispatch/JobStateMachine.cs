namespace LocationBoards.Core.Dispatch;

/// <summary>
/// The one place that says how a field job moves: New → Assigned → En route → On site → Done; cancelled
/// with a reason from any state before Done; reassigned from Assigned, En route or On site back to
/// Assigned with another technician. Whether the technician may be deployed at all is
/// <see cref="DeployDecision"/>'s question; who may make which move is <c>DispatchAccess</c>'s.
/// </summary>
public static class JobStateMachine
{
    /// <summary>Where the move takes the job, or why it cannot.</summary>
    /// <param name="job">The job as it is now.</param>
    /// <param name="move">The move asked for.</param>
    /// <param name="technicianBusyWith">
    /// The job the technician is already on the way to or on site at, if any: a technician cannot set off
    /// for a second job before finishing or handing back the first.
    /// </param>
    public static JobMoveResult Decide(FieldJob job, JobMove move, JobInProgress? technicianBusyWith = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(move);
        var standing = $"Job {job.Id} is {Words(job.Status)}";
        switch (move.Kind)
        {
            case JobMoveKind.Assign:
                if (job.Status != JobStatus.New)
                {
                    return JobMoveResult.Refused(job.Status is JobStatus.Assigned or JobStatus.EnRoute or JobStatus.OnSite
                        ? $"{standing}; reassign it to send someone else."
                        : $"{standing} and cannot be assigned.");
                }

                return move.TechnicianId is null
                    ? JobMoveResult.Refused("Choose the technician to assign the job to.")
                    : OverrideChecked(move, JobStatus.Assigned);
            case JobMoveKind.Start:
                if (job.Status != JobStatus.Assigned)
                {
                    return JobMoveResult.Refused($"{standing}; only an assigned job can be started.");
                }

                return technicianBusyWith is { } busy && busy.JobId != job.Id
                    ? JobMoveResult.Refused(
                        $"The technician is still {Busy(busy)}; complete it or hand it back before starting job {job.Id}.")
                    : JobMoveResult.To(JobStatus.EnRoute);
            case JobMoveKind.Arrive:
                return job.Status == JobStatus.EnRoute
                    ? JobMoveResult.To(JobStatus.OnSite)
                    : JobMoveResult.Refused($"{standing}; only a job on its way can arrive on site.");
            case JobMoveKind.Complete:
                return job.Status == JobStatus.OnSite
                    ? JobMoveResult.To(JobStatus.Done)
                    : JobMoveResult.Refused($"{standing}; only a job on site can be completed.");
            case JobMoveKind.Cancel:
                if (job.IsFinished)
                {
                    return JobMoveResult.Refused($"{standing} and cannot be cancelled.");
                }

                return ReasonProblem(move.Reason, "Say why the job is cancelled") is { } problem
                    ? JobMoveResult.Refused(problem)
                    : JobMoveResult.To(JobStatus.Cancelled);
            case JobMoveKind.Reassign:
                if (job.Status is not (JobStatus.Assigned or JobStatus.EnRoute or JobStatus.OnSite))
                {
                    return JobMoveResult.Refused(job.Status == JobStatus.New
                        ? $"{standing}; assign it rather than reassign it."
                        : $"{standing} and cannot be reassigned.");
                }

                if (move.TechnicianId is null)
                {
                    return JobMoveResult.Refused("Choose the technician to reassign the job to.");
                }

                return move.TechnicianId == job.TechnicianId
                    ? JobMoveResult.Refused($"Job {job.Id} is already with that technician.")
                    : OverrideChecked(move, JobStatus.Assigned);
            default:
                return JobMoveResult.Refused("That is not a move.");
        }
    }

    /// <summary>
    /// Decides the move and, when allowed, makes it: the new status, technician, cancel or override
    /// reason, a status history line, and the <see cref="FieldJob.Version"/> bumped by one. The caller
    /// checks the version the user saw before, and tells the store which version it expects.
    /// </summary>
    public static JobMoveResult Apply(FieldJob job, JobMove move, string by, DateTime nowUtc, JobInProgress? technicianBusyWith = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var result = Decide(job, move, technicianBusyWith);
        if (!result.Allowed)
        {
            return result;
        }

        var from = job.Status;
        job.Status = result.Target!.Value;
        string? note = null;
        if (move.Kind is JobMoveKind.Assign or JobMoveKind.Reassign)
        {
            job.TechnicianId = move.TechnicianId;
            job.OverrideReason = Trimmed(move.OverrideReason);
            note = job.OverrideReason is { } overriding ? $"Override: {overriding}" : null;
        }
        else if (move.Kind == JobMoveKind.Cancel)
        {
            job.CancelReason = move.Reason!.Trim();
            note = job.CancelReason;
        }

        job.History.Add(new JobStatusChange
        {
            JobId = job.Id, From = from, To = job.Status, TechnicianId = job.TechnicianId, AtUtc = nowUtc, By = by, Note = note,
        });
        job.Version++;
        return result;
    }

    /// <summary>Records a new job's creation time and the first line of its history.</summary>
    public static void Open(FieldJob job, string by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (job.Status != JobStatus.New || job.History.Count > 0)
        {
            throw new InvalidOperationException($"Job {job.Id} is already open.");
        }

        job.CreatedUtc = nowUtc;
        job.CreatedBy = by;
        job.History.Add(new JobStatusChange { JobId = job.Id, From = null, To = JobStatus.New, AtUtc = nowUtc, By = by });
    }

    /// <summary>The dispatch event a move produces.</summary>
    public static DispatchEventKind EventKindOf(JobMoveKind move) => move switch
    {
        JobMoveKind.Assign => DispatchEventKind.JobAssigned,
        JobMoveKind.Reassign => DispatchEventKind.JobReassigned,
        JobMoveKind.Cancel => DispatchEventKind.JobCancelled,
        _ => DispatchEventKind.JobMoved,
    };

    /// <summary>Refusal words for a reason that is missing or too long, or null when it will do.</summary>
    internal static string? ReasonProblem(string? reason, string ask) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > FieldJob.MaxReasonLength
            ? $"{ask} (up to {FieldJob.MaxReasonLength} characters)."
            : null;

    public static string Words(JobStatus status) => status switch
    {
        JobStatus.New => "new",
        JobStatus.Assigned => "assigned",
        JobStatus.EnRoute => "on the way",
        JobStatus.OnSite => "on site",
        JobStatus.Done => "done",
        _ => "cancelled",
    };

    private static JobMoveResult OverrideChecked(JobMove move, JobStatus target) =>
        move.OverrideReason is { } given && given.Trim().Length > FieldJob.MaxReasonLength
            ? JobMoveResult.Refused($"Keep the override reason to {FieldJob.MaxReasonLength} characters.")
            : JobMoveResult.To(target);

    /// <summary>"on site at job 12" or "on the way to job 12".</summary>
    internal static string Busy(JobInProgress job) =>
        job.Status == JobStatus.OnSite ? $"on site at job {job.JobId}" : $"on the way to job {job.JobId}";

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
