using System.Globalization;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;
using LocationBoards.Core.Sales;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Features.Sales.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// Submits and processes one sale inside the writer's open transaction, per the recipe in docs/architecture.md:
/// decide, check, stock (handed over now at the technician's home location; to be delivered as one order through the
/// ordering flow), supplying locations, the move, the bookkeeping, the two emails and the <c>SaleProcessed</c> event;
/// or, refused, the refusal and the <c>SaleRefused</c> event and nothing else.
/// </summary>
internal sealed class SaleProcessor(
    IOptions<SalesOptions> options,
    IOptions<OrderingOptions> ordering,
    IOptions<DispatchOptions> dispatch,
    OrderPlacement placement)
{
    public const string OrderIdempotencyScope = "field-sales";

    public async Task<SaleOutcome> SubmitAsync(SaleWorkScope scope, PendingSale pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(pending);
        var (batch, effects) = (scope.Batch, scope.Effects);
        var scene = SaleScene.Load(scope, pending.SaleId);
        if (scene is null)
        {
            return new SaleOutcome.NotFound($"There is no sale {pending.SaleId}.");
        }

        var sale = scene.Sale;
        if (SaleRecorder.For(pending.User, pending.UserId, scene.Job) is not { } recorder || recorder.TechnicianId != sale.TechnicianId)
        {
            return new SaleOutcome.Forbidden(SaleRecorder.NotYours);
        }

        var stored = sale.Version;
        if (sale.IsFinished)
        {
            return new SaleOutcome.Saved(SaleView.Of(sale));
        }

        if (sale.Status == SaleStatus.Agreed)
        {
            if (sale.Version != pending.ExpectedVersion)
            {
                return new SaleOutcome.Stale(SaleView.Of(sale), $"Sale {sale.Id} was changed by someone else just now; here it is as it is.");
            }

            var submitted = SaleStateMachine.Apply(sale, SaleMove.Submit, scene.Job, pending.UserId, batch.NowUtc);
            if (!submitted.Allowed)
            {
                return new SaleOutcome.Refused(SaleView.Of(sale), submitted.Refusal!);
            }

            effects.DispatchEvents.Add(SaleEvents.Add(scope.Sql, scene, DispatchEventKind.SaleSubmitted, dispatch.Value.Targets, batch.NowUtc));
        }
        else if (sale.Status != SaleStatus.Submitted)
        {
            return new SaleOutcome.Refused(SaleView.Of(sale), SaleStateMachine.Decide(sale, SaleMove.Submit, scene.Job).Refusal!);
        }

        var refusal = await ProcessAsync(scope, scene, stored, cancellationToken);
        if (refusal is null)
        {
            return new SaleOutcome.Saved(SaleView.Of(sale));
        }

        // Nothing of the processing stays (no reservation, order, ledger entry or email, and the sequence numbers taken
        // go back): the whole change is undone and made again as the submission and the refusal alone.
        scope.RollBack();
        var fresh = SaleScene.Load(scope, pending.SaleId)!;
        var freshStored = fresh.Sale.Version;
        if (fresh.Sale.Status == SaleStatus.Agreed)
        {
            if (!SaleStateMachine.Apply(fresh.Sale, SaleMove.Submit, fresh.Job, pending.UserId, batch.NowUtc).Allowed)
            {
                throw new InvalidOperationException($"Sale {fresh.Sale.Id} could no longer be submitted to record its refusal.");
            }

            effects.DispatchEvents.Add(SaleEvents.Add(scope.Sql, fresh, DispatchEventKind.SaleSubmitted, dispatch.Value.Targets, batch.NowUtc));
        }

        var refused = SaleStateMachine.Apply(fresh.Sale, refusal.Move, fresh.Job, SaleStateMachine.ProcessingActor, batch.NowUtc);
        if (!refused.Allowed)
        {
            throw new InvalidOperationException($"Sale {fresh.Sale.Id} could not be refused: {refused.Refusal}");
        }

        Store(scope, fresh.Sale, freshStored);
        effects.DispatchEvents.Add(SaleEvents.Add(scope.Sql, fresh, DispatchEventKind.SaleRefused, dispatch.Value.Targets, batch.NowUtc));
        return new SaleOutcome.Saved(SaleView.Of(fresh.Sale));
    }

    private async Task<SaleRefusal?> ProcessAsync(SaleWorkScope scope, SaleScene scene, int stored, CancellationToken cancellationToken)
    {
        var (db, batch, effects) = (scope.Db, scope.Batch, scope.Effects);
        var (sale, job) = (scene.Sale, scene.Job);
        if (SaleStateMachine.Decide(sale, SaleMove.Process, job) is { Allowed: false } decided)
        {
            return new SaleRefusal(SaleRefusalReason.InvalidLine, decided.Refusal!);
        }

        var catalog = scope.Surroundings.Catalog(sale.Lines.Select(l => l.CatalogItemId));
        if (SaleProcessing.Check(sale, job, catalog, options.Value) is { } refusal)
        {
            return refusal;
        }

        var home = scene.Technician.HomeLocationId;
        foreach (var line in sale.Lines)
        {
            if (line.Fulfilment == SaleFulfilment.HandedOverNow)
            {
                if (!scope.Bookings.TryReserve(home, line.CatalogItemId, line.Quantity))
                {
                    return SaleRefusal.OutOfStock(line.ItemName, line.Quantity, "in the technician's van (their home location's stock)");
                }
            }

            if (line.Fulfilment != SaleFulfilment.ToBeDelivered)
            {
                line.SupplyingLocationId = home;
            }
        }

        if (sale.Lines.Exists(l => l.Fulfilment == SaleFulfilment.ToBeDelivered) && await PlaceDeliveryAsync(db, scene, batch, effects, cancellationToken) is { } notPlaced)
        {
            return notPlaced;
        }

        SaleStateMachine.Apply(sale, SaleMove.Process, job, SaleStateMachine.ProcessingActor, batch.NowUtc);
        var zone = batch.ZoneOf(home);
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(batch.NowUtc, zone));
        Store(scope, sale, stored);
        scope.Bookings.Book(SaleBookkeeping.For(sale, catalog, localDate));
        var emails = SaleEmails.Compose(EmailFacts(scope.Bookings, scene, zone), batch.NowUtc);
        scope.Bookings.Queue(emails);
        effects.EmailsWritten += emails.Count;
        effects.DispatchEvents.Add(SaleEvents.Add(scope.Sql, scene, DispatchEventKind.SaleProcessed, dispatch.Value.Targets, batch.NowUtc));
        return null;
    }

    /// <summary>The lines to be delivered as one order through the ordering flow, to the customer's address; null when placed.</summary>
    private async Task<SaleRefusal?> PlaceDeliveryAsync(AppDbContext db, SaleScene scene, SaleBatchContext batch, SaleEffects effects, CancellationToken cancellationToken)
    {
        var (sale, job, customer) = (scene.Sale, scene.Job, scene.Customer);
        var delivered = sale.Lines.Where(l => l.Fulfilment == SaleFulfilment.ToBeDelivered).ToList();
        var saved = job.DeliveryAddressId is { } addressId
            ? await db.DeliveryAddresses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == addressId, cancellationToken)
            : null;
        var address = saved?.Address ?? customer.BillingAddress;
        var point = saved is null ? new GeoPoint(job.Latitude, job.Longitude) : new GeoPoint(saved.Latitude, saved.Longitude);
        var prepared = new PreparedOrder(
            customer.Id, null,
            [.. delivered.Select(l => new PreparedLine(l.CatalogItemId, l.ItemName, CatalogItemKind.Goods, l.Quantity, l.UnitPriceMinor))],
            DeliveryMethod.Delivery, PaymentMethod.ChargeToAccount, point, RoutingOrigin.DeliveryAddress, null, address, point);
        var caller = new OrderCaller(
            sale.Channel == SaleChannel.PhonedIn ? OrderChannel.Phone : OrderChannel.Api, sale.SellerUserId, OrderIdempotencyScope, customer.Id, MayCreateCustomers: false);
        var key = $"sale-{sale.Id.ToString(CultureInfo.InvariantCulture)}";
        var (outcome, boardEvent, jobEvent) = await placement.PlaceAsync(
            db, new PendingPlacement(prepared, caller, key, key, forSaleId: sale.Id), batch.Router, batch.NowUtc, cancellationToken);
        switch (outcome)
        {
            case OrderOutcome.Placed placed:
                sale.DeliveryOrderId = placed.Order.OrderId;
                delivered.ForEach(l => l.SupplyingLocationId = placed.Order.LocationId);
                if (boardEvent is not null)
                {
                    effects.BoardEvents.Add(boardEvent);
                }

                if (jobEvent is not null)
                {
                    effects.DispatchEvents.Add(jobEvent);
                }

                return null;
            case OrderOutcome.NotRoutable notRoutable:
                return new SaleRefusal(SaleRefusalReason.OutOfStock, $"No location can deliver the goods now: {notRoutable.Explanation}");
            default:
                return new SaleRefusal(SaleRefusalReason.InvalidLine, "The goods to be delivered could not be ordered.");
        }
    }

    /// <summary>Writes the sale's own change (read at <paramref name="stored"/>); the single writer means no one else can have changed it.</summary>
    private static void Store(SaleWorkScope scope, Sale sale, int stored)
    {
        if (!scope.Sales.TryUpdate(sale, stored))
        {
            throw new InvalidOperationException($"Sale {sale.Id} was changed by another writer while it was being processed.");
        }
    }

    private SaleEmailFacts EmailFacts(SaleBookingRows rows, SaleScene scene, TimeZoneInfo zone)
    {
        var division = options.Value.SalesDivisionAddress!.Trim();
        var supervisor = scene.Technician.SupervisorUserId is { } supervisorId ? rows.Contact(supervisorId) : null;
        var recordedBy = scene.Sale.SellerUserId == scene.Technician.UserId ? null : rows.Contact(scene.Sale.SellerUserId)?.DisplayName;
        return new SaleEmailFacts
        {
            Sale = scene.Sale,
            Customer = scene.Customer,
            Technician = scene.Technician,
            RecordedByName = string.IsNullOrWhiteSpace(recordedBy) ? null : recordedBy,
            SupervisorName = string.IsNullOrWhiteSpace(supervisor?.DisplayName) ? null : supervisor.Value.DisplayName,
            SupervisorAddress = supervisor?.Email,
            SalesDivisionAddress = division,
            TimeZone = zone,
            Culture = CultureInfo.GetCultureInfo(ordering.Value.Culture),
            MessageIdDomain = division[(division.LastIndexOf('@') + 1)..],
        };
    }
}
