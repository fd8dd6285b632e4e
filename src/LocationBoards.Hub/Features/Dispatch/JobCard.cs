using LocationBoards.Core.Dispatch;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// A field job as dispatchers and the job's technician see it; carried whole in every dispatch event, so a map or
/// list applies an event without asking the store. The customer appears by name only: their account is read
/// separately, and only by those allowed to.
/// </summary>
public sealed record JobCard(
    long JobId,
    JobStatus Status,
    int Version,
    JobPriority Priority,
    string SkillNeeded,
    int CustomerId,
    string CustomerName,
    string AddressText,
    double Latitude,
    double Longitude,
    string Symptoms,
    int? OwnedProductId,
    int? TechnicianId,
    DateTime CreatedUtc,
    DateTime TargetUtc,
    string? CancelReason,
    string? OverrideReason,
    long? OrderId);
