namespace LocationBoards.Core.Dispatch;

/// <summary>One line of a job's status history: who moved it, when, from where to where, and any note.</summary>
public sealed class JobStatusChange
{
    public long Id { get; set; }

    public long JobId { get; set; }

    /// <summary>Null for the line that records the job's creation.</summary>
    public JobStatus? From { get; set; }

    public JobStatus To { get; set; }

    /// <summary>Who had the job after this change.</summary>
    public int? TechnicianId { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>A user id, or a system name such as the order intake.</summary>
    public required string By { get; set; }

    /// <summary>The cancel reason, the override reason of a deployment, or nothing.</summary>
    public string? Note { get; set; }
}
