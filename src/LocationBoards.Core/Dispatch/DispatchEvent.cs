namespace LocationBoards.Core.Dispatch;

/// <summary>
/// One change to a field job or to a sale on it, numbered by a single dispatch-wide sequence without gaps (one dispatch
/// desk sees every job, so one sequence is enough and keeps catch-up to one number; see
/// <see cref="DispatchSequence"/>). Written in the same transaction as the change; the dispatcher's map
/// and the technicians' pages ask for the events after the last they saw. Positions are not events:
/// they are lossy and travel separately.
/// </summary>
public sealed class DispatchEvent
{
    public long Sequence { get; set; }

    public DispatchEventKind Kind { get; set; }

    public long JobId { get; set; }

    /// <summary>The sale that changed, for the sale kinds (<see cref="DispatchEventKind.SaleDrafted"/> and after); null for job changes.</summary>
    public long? SaleId { get; set; }

    /// <summary>Who has the job after the change, so a technician's page can pick out its own events.</summary>
    public int? TechnicianId { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary>The job (or the sale) as it is after the change (JSON), so a client can apply the event without a query.</summary>
    public required string PayloadJson { get; set; }
}
