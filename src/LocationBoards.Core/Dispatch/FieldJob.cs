using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Dispatch;

/// <summary>
/// A problem at a customer's place that a technician goes to fix. Moved through its states only by
/// <see cref="JobStateMachine"/>, which keeps the status history.
/// </summary>
public sealed class FieldJob
{
    public const int MaxSymptomsLength = 2000;

    public const int MaxAddressLength = 300;

    public const int MaxReasonLength = 300;

    public long Id { get; set; }

    public int CustomerId { get; set; }

    /// <summary>The customer's product the job is about, when known.</summary>
    public int? OwnedProductId { get; set; }

    /// <summary>What the customer reports, in their words or the support rep's.</summary>
    public required string Symptoms { get; set; }

    /// <summary>Where the technician goes: the point of the address below.</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>The address as the technician reads it, e.g. "12 Oak Street, Portland 97201".</summary>
    public required string AddressText { get; set; }

    /// <summary>The customer's saved delivery address the place came from, if it did.</summary>
    public int? DeliveryAddressId { get; set; }

    public JobPriority Priority { get; set; } = JobPriority.Normal;

    /// <summary>The skill code a technician needs for this job (compared as <see cref="TechnicianSkill.Same"/>).</summary>
    public required string SkillNeeded { get; set; }

    /// <summary>Who has the job; null while it is new (a cancelled job keeps its last technician).</summary>
    public int? TechnicianId { get; set; }

    public JobStatus Status { get; set; } = JobStatus.New;

    public string? CancelReason { get; set; }

    /// <summary>
    /// Why the dispatcher deployed the current technician although they were not available or lacked the
    /// skill; null when the deployment needed no override. Earlier overrides stay in the history.
    /// </summary>
    public string? OverrideReason { get; set; }

    /// <summary>The technician-visit order this job was made from; an order makes at most one job (unique when set).</summary>
    public long? OrderId { get; set; }

    /// <summary>The priority's target time to be on site counts from here.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Who reported it: a user id, or the order intake for jobs made from orders.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Application-managed concurrency token (SQLite cannot generate row versions), bumped on every move.</summary>
    public int Version { get; set; }

    public List<JobStatusChange> History { get; set; } = [];

    public GeoPoint Place => new(Latitude, Longitude);

    /// <summary>The technician is on the way or on site: the job holds them.</summary>
    public bool IsInProgress => Status is JobStatus.EnRoute or JobStatus.OnSite;

    public bool IsFinished => Status is JobStatus.Done or JobStatus.Cancelled;
}
