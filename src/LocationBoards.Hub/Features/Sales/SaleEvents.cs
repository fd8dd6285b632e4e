using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Features.Dispatch;
using LocationBoards.Hub.Infrastructure.Storage;
using LocationBoards.Hub.Features.Sales.Writing;
using LocationBoards.Hub.Realtime;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// Writes a sale's dispatch event inside the sale writer's transaction: the next dispatch sequence number, the job
/// card and the sale card after the change. The caller publishes the message after commit.
/// </summary>
internal static class SaleEvents
{
    /// <summary>
    /// Takes the next sequence number and stores the event. The sale must have its id already; the sequence number is
    /// taken in the transaction, so rolling back gives it back.
    /// </summary>
    public static DispatchEventMessage Add(SaleStatements sql, SaleScene scene, DispatchEventKind kind, PriorityTargets targets, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(scene);
        if (scene.Sale.Id <= 0)
        {
            throw new InvalidOperationException("A sale's event needs the sale saved first: its card carries the sale's id.");
        }

        var job = JobCards.For(scene.Job, scene.Customer, targets);
        var sale = SaleCards.For(scene.Sale, scene.Technician.Name, scene.Customer.FirstName);
        var sequence = (long)sql.NextDispatchSequence.With(DispatchSequence.SingleRowId).ExecuteScalar()!;
        sql.InsertDispatchEvent.With(
            sequence, kind.ToString(), scene.Sale.JobId, scene.Sale.Id, scene.Sale.TechnicianId, nowUtc, DispatchJson.Write(job, sale)).ExecuteNonQuery();
        return new DispatchEventMessage(sequence, kind, scene.Sale.JobId, scene.Sale.TechnicianId, nowUtc, job, sale);
    }
}
