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
    /// <summary>
    /// Takes the next sequence number and adds the event to the context, to be inserted by the caller's next
    /// <c>SaveChanges</c> with the sale's own changes (one round of statements instead of two). The sale must have its
    /// id already; the sequence number is taken in the transaction, so rolling back gives it back.
    /// </summary>
    public static async Task<DispatchEventMessage> AddAsync(
        AppDbContext db, SaleScene scene, DispatchEventKind kind, PriorityTargets targets, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scene);
        if (scene.Sale.Id <= 0)
        {
            throw new InvalidOperationException("A sale's event needs the sale saved first: its card carries the sale's id.");
        }

        var job = JobCards.For(scene.Job, scene.Customer, targets);
        var sale = SaleCards.For(scene.Sale, scene.Technician.Name, scene.Customer.FirstName);
        var sequence = await DispatchSequences.NextAsync(db, cancellationToken);
        db.DispatchEvents.Add(new DispatchEvent
        {
            Sequence = sequence, Kind = kind, JobId = scene.Sale.JobId, SaleId = scene.Sale.Id, TechnicianId = scene.Sale.TechnicianId,
            OccurredUtc = nowUtc, PayloadJson = DispatchJson.Write(job, sale),
        });
        return new DispatchEventMessage(sequence, kind, scene.Sale.JobId, scene.Sale.TechnicianId, nowUtc, job, sale);
    }
}
