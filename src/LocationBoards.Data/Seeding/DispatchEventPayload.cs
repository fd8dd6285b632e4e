using System.Text.Json;
using System.Text.Json.Serialization;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;

namespace LocationBoards.Data.Seeding;

/// <summary>
/// The job as a seeded dispatch event carries it: the fields and JSON of the hub's job card
/// (Hub/Features/Dispatch/JobCard.cs and DispatchJson.cs), so the event feed reads seeded events like any other.
/// A test in the hub reads every seeded payload with the hub's own reader.
/// </summary>
internal static class DispatchEventPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The job as it stood after one line of its history (the line's index is the job's version then).</summary>
    public static string For(FieldJob job, JobStatusChange line, int version, Customer customer, PriorityTargets targets) =>
        JsonSerializer.Serialize(
            new Card(
                job.Id, line.To, version, job.Priority, job.SkillNeeded, job.CustomerId, $"{customer.FirstName} {customer.LastName}".Trim(),
                job.AddressText, job.Latitude, job.Longitude, job.Symptoms, job.OwnedProductId, line.TechnicianId, job.CreatedUtc,
                JobLateness.TargetUtc(job, targets), line.To == JobStatus.Cancelled ? job.CancelReason : null, OverrideReason: null, job.OrderId),
            Options);

    private sealed record Card(
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
}
