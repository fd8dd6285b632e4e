using System.Globalization;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;
using LocationBoards.Core.Sales;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering;
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

    // Compiled once: every sale processed names its technician's supervisor, and whoever typed it in for them.
    private static readonly Func<AppDbContext, string, CancellationToken, Task<UserContact?>> UserById =
        EF.CompileAsyncQuery((AppDbContext db, string userId, CancellationToken _) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new UserContact(u.DisplayName, u.Email)).FirstOrDefault());

    public async Task<SaleOutcome> SubmitAsync(SaleWorkScope scope, PendingSale pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(pending);
        var (db, batch, effects) = (scope.Db, scope.Batch, scope.Effects);
        var scene = await SaleScene.LoadAsync(db, pending.SaleId, cancellationToken);
        if (scene is null)
        {
            return new SaleOutcome.NotFound($"There is no sale {pending.SaleId}.");
        }

        var sale = scene.Sale;
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

            effects.DispatchEvents.Add(await SaleEvents.AddAsync(db, scene, DispatchEventKind.SaleSubmitted, dispatch.Value.Targets, batch.NowUtc, cancellationToken));
        }
        else if (sale.Status != SaleStatus.Submitted)
        {
            return new SaleOutcome.Refused(SaleView.Of(sale), SaleStateMachine.Decide(sale, SaleMove.Submit, scene.Job).Refusal!);
        }

        var refusal = await ProcessAsync(db, scene, batch, effects, cancellationToken);
        if (refusal is null)
        {
            return new SaleOutcome.Saved(SaleView.Of(sale));
        }

        // Nothing of the processing stays (no reservation, order, ledger entry or email, and the sequence numbers taken
        // go back): the whole change is undone and made again as the submission and the refusal alone.
        await scope.RollBackAsync(cancellationToken);
        var fresh = (await SaleScene.LoadAsync(db, pending.SaleId, cancellationToken))!;
        if (fresh.Sale.Status == SaleStatus.Agreed)
        {
            if (!SaleStateMachine.Apply(fresh.Sale, SaleMove.Submit, fresh.Job, pending.UserId, batch.NowUtc).Allowed)
            {
                throw new InvalidOperationException($"Sale {fresh.Sale.Id} could no longer be submitted to record its refusal.");
            }

            effects.DispatchEvents.Add(await SaleEvents.AddAsync(db, fresh, DispatchEventKind.SaleSubmitted, dispatch.Value.Targets, batch.NowUtc, cancellationToken));
        }

        var refused = SaleStateMachine.Apply(fresh.Sale, refusal.Move, fresh.Job, SaleStateMachine.ProcessingActor, batch.NowUtc);
        if (!refused.Allowed)
        {
            throw new InvalidOperationException($"Sale {fresh.Sale.Id} could not be refused: {refused.Refusal}");
        }

        effects.DispatchEvents.Add(await SaleEvents.AddAsync(db, fresh, DispatchEventKind.SaleRefused, dispatch.Value.Targets, batch.NowUtc, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return new SaleOutcome.Saved(SaleView.Of(fresh.Sale));
    }

    private async Task<SaleRefusal?> ProcessAsync(AppDbContext db, SaleScene scene, SaleBatchContext batch, SaleEffects effects, CancellationToken cancellationToken)
    {
        var (sale, job) = (scene.Sale, scene.Job);
        if (SaleStateMachine.Decide(sale, SaleMove.Process, job) is { Allowed: false } decided)
        {
            return new SaleRefusal(SaleRefusalReason.InvalidLine, decided.Refusal!);
        }

        if (SaleProcessing.Check(sale, job, batch.Catalog, options.Value) is { } refusal)
        {
            return refusal;
        }

        var home = scene.Technician.HomeLocationId;
        foreach (var line in sale.Lines)
        {
            if (line.Fulfilment == SaleFulfilment.HandedOverNow)
            {
                var reserved = await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""UPDATE "StockLevels" SET "Reserved" = "Reserved" + {line.Quantity}, "Version" = "Version" + 1 WHERE "LocationId" = {home} AND "CatalogItemId" = {line.CatalogItemId} AND "OnHand" - "Reserved" >= {line.Quantity}""",
                    cancellationToken);
                if (reserved != 1)
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
        var booking = SaleBookkeeping.For(sale, batch.Catalog, localDate);
        db.AccountEntries.AddRange(booking.LedgerEntries);
        db.OwnedProducts.AddRange(booking.ProductsOwned);
        db.HeldServices.AddRange(booking.ServicesHeld);
        var emails = SaleEmails.Compose(await EmailFactsAsync(db, scene, zone, cancellationToken), batch.NowUtc);
        db.OutboxEmails.AddRange(emails);
        effects.EmailsWritten += emails.Count;
        effects.DispatchEvents.Add(await SaleEvents.AddAsync(db, scene, DispatchEventKind.SaleProcessed, dispatch.Value.Targets, batch.NowUtc, cancellationToken));

        // One round of statements for the whole sale: the submission, the processing, the bookkeeping, the emails, the events.
        await db.SaveChangesAsync(cancellationToken);
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

    private async Task<SaleEmailFacts> EmailFactsAsync(AppDbContext db, SaleScene scene, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var division = options.Value.SalesDivisionAddress!.Trim();
        var supervisor = scene.Technician.SupervisorUserId is { } supervisorId ? await UserById(db, supervisorId, cancellationToken) : null;
        var recordedBy = scene.Sale.SellerUserId == scene.Technician.UserId ? null : (await UserById(db, scene.Sale.SellerUserId, cancellationToken))?.DisplayName;
        return new SaleEmailFacts
        {
            Sale = scene.Sale,
            Customer = scene.Customer,
            Technician = scene.Technician,
            RecordedByName = string.IsNullOrWhiteSpace(recordedBy) ? null : recordedBy,
            SupervisorName = string.IsNullOrWhiteSpace(supervisor?.DisplayName) ? null : supervisor.DisplayName,
            SupervisorAddress = supervisor?.Email,
            SalesDivisionAddress = division,
            TimeZone = zone,
            Culture = CultureInfo.GetCultureInfo(ordering.Value.Culture),
            MessageIdDomain = division[(division.LastIndexOf('@') + 1)..],
        };
    }

    private sealed record UserContact(string DisplayName, string? Email);
}
