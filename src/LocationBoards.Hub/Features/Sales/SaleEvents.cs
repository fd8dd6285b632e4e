using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Dispatch;
using LocationBoards.Hub.Realtime;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// Writes a sale's dispatch event inside the caller's transaction: the next dispatch sequence number, the job card and
/// the sale card after the change. The caller publishes the message after commit.
/// </summary>
public static class SaleEvents
{
    public static async Task<DispatchEventMessage> RecordAsync(
        AppDbContext db, SaleScene scene, DispatchEventKind kind, PriorityTargets targets, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scene);
        var job = JobCards.For(scene.Job, scene.Customer, targets);
        var sale = SaleCards.For(scene.Sale, scene.Technician.Name, scene.Customer.FirstName);
        var sequence = await DispatchSequences.NextAsync(db, cancellationToken);
        db.DispatchEvents.Add(new DispatchEvent
        {
            Sequence = sequence, Kind = kind, JobId = scene.Sale.JobId, SaleId = scene.Sale.Id, TechnicianId = scene.Sale.TechnicianId,
            OccurredUtc = nowUtc, PayloadJson = DispatchJson.Write(job, sale),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new DispatchEventMessage(sequence, kind, scene.Sale.JobId, scene.Sale.TechnicianId, nowUtc, job, sale);
    }
}
