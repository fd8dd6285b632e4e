using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using LocationBoards.Hub.Realtime;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// An order for a technician visit opens its field job inside the order's own transaction, so the job exists exactly
/// when the order does (a retried order is answered from its idempotency record and opens nothing new; the job's
/// order id is also unique in the store).
/// </summary>
public static class JobsFromOrders
{
    public static async Task<DispatchEventMessage?> OpenForAsync(
        AppDbContext db, Order order, Customer customer, PriorityTargets targets, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(customer);
        if (order.DeliveryMethod != DeliveryMethod.TechnicianVisit || order.DeliveryLatitude is not { } latitude || order.DeliveryLongitude is not { } longitude)
        {
            return null;
        }

        var itemIds = order.Lines.Select(l => l.CatalogItemId).ToList();
        var services = await db.CatalogItems.AsNoTracking()
            .Where(i => itemIds.Contains(i.Id) && i.Kind == CatalogItemKind.Service)
            .OrderBy(i => i.Id)
            .Select(i => new { i.Name, i.SkillNeeded })
            .ToListAsync(cancellationToken);
        var skill = services.Select(s => s.SkillNeeded).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) ?? "general";
        var address = order.DeliveryAddress is { } a ? $"{a.Street}, {a.City} {a.Postcode}" : $"{latitude:0.#####}, {longitude:0.#####}";
        var job = new FieldJob
        {
            CustomerId = customer.Id,
            Symptoms = $"Technician visit ordered (order {order.Id}): {string.Join(", ", services.Select(s => s.Name))}.",
            Latitude = latitude,
            Longitude = longitude,
            AddressText = address.Length > FieldJob.MaxAddressLength ? address[..FieldJob.MaxAddressLength] : address,
            Priority = JobPriority.Normal,
            SkillNeeded = skill,
            OrderId = order.Id,
            CreatedUtc = nowUtc,
            CreatedBy = order.PlacedBy,
        };
        JobStateMachine.Open(job, order.PlacedBy, nowUtc);
        db.FieldJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);

        var card = JobCards.For(job, customer, targets);
        var sequence = await DispatchSequences.NextAsync(db, cancellationToken);
        db.DispatchEvents.Add(new DispatchEvent
        {
            Sequence = sequence, Kind = DispatchEventKind.JobCreated, JobId = job.Id, OccurredUtc = nowUtc, PayloadJson = DispatchJson.Write(card),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new DispatchEventMessage(sequence, DispatchEventKind.JobCreated, job.Id, null, nowUtc, card);
    }
}
