using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Features.Dispatch;
using LocationBoards.Hub.Features.Sales;

namespace LocationBoards.Hub.Realtime;

/// <summary>
/// A committed dispatch event as it travels to consoles, technicians' apps and hub clients: its sequence number and
/// the job after the change; a sale event (<c>Sale…</c> kinds) also carries the sale after the change.
/// </summary>
public sealed record DispatchEventMessage(long Sequence, DispatchEventKind Kind, long JobId, int? TechnicianId, DateTime OccurredUtc, JobCard Job, SaleCard? Sale = null);
