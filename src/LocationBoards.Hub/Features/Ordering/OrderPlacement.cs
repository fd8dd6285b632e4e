using LocationBoards.Core.Boards;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Boards;
using LocationBoards.Hub.Features.Dispatch;
using LocationBoards.Hub.Features.Ordering.Api;
using LocationBoards.Hub.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// Places one order inside the writer's open transaction: the idempotency key, routing on stock and
/// load read inside the transaction, the stock reservation, the order with its routing decision, the
/// board event with the location's next sequence number, and the key's record. Any failure rolls back
/// to the caller's savepoint, so the order is all there or not there at all.
/// </summary>
internal sealed class OrderPlacement(IOptions<OrderingOptions> options, IOptions<DispatchOptions> dispatch)
{
    public async Task<(OrderOutcome Outcome, BoardEventMessage? Event, DispatchEventMessage? JobEvent)> PlaceAsync(
        AppDbContext db, PendingPlacement pending, LocationRouter router, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var scope = pending.Caller.IdempotencyScope;
        var key = pending.IdempotencyKey;
        var earlier = await db.IdempotencyRecords.FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        if (earlier is not null && earlier.ExpiresUtc > nowUtc)
        {
            if (earlier.RequestHash != pending.RequestHash || earlier.OrderId is null)
            {
                return (new OrderOutcome.KeyReused(), null, null);
            }

            return (new OrderOutcome.Placed(await SummaryAsync(db, earlier.OrderId.Value, cancellationToken), Replayed: true), null, null);
        }

        if (earlier is not null)
        {
            db.IdempotencyRecords.Remove(earlier);
        }

        var order = pending.Order;
        var load = await LocationLoads.ReadAsync(db, order.Lines, cancellationToken);
        var decision = router.Route(
            new RoutingRequest(order.Origin, order.OriginKind, order.Method, order.RoutingLines, new DateTimeOffset(nowUtc), order.PreferredLocationId),
            load);
        if (!decision.Found)
        {
            return (new OrderOutcome.NotRoutable(decision.Explanation), null, null);
        }

        var locationId = decision.LocationId!.Value;
        await ReserveStockAsync(db, locationId, order.Lines, cancellationToken);
        var customer = await CustomerForOrderAsync(db, order, cancellationToken);

        var placed = NewOrder(pending, decision, customer.Id, nowUtc);
        db.Orders.Add(placed);
        await db.SaveChangesAsync(cancellationToken);

        var sequence = await BoardSequences.NextAsync(db, locationId, cancellationToken);
        var card = BoardCards.For(placed, customer);
        db.BoardEvents.Add(new BoardEvent
        {
            LocationId = locationId,
            Sequence = sequence,
            Kind = BoardEventKind.OrderPlaced,
            OrderId = placed.Id,
            OccurredUtc = nowUtc,
            PayloadJson = BoardJson.Write(card),
        });
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Scope = scope,
            Key = key,
            RequestHash = pending.RequestHash,
            OrderId = placed.Id,
            CreatedUtc = nowUtc,
            ExpiresUtc = nowUtc + options.Value.IdempotencyWindow,
        });
        if (ChargesTheAccount(pending))
        {
            db.AccountEntries.Add(AccountLedger.OrderCharged(placed, pending.Caller.PlacedBy));
        }

        await db.SaveChangesAsync(cancellationToken);
        var jobEvent = await JobsFromOrders.OpenForAsync(db, placed, customer, dispatch.Value.Targets, nowUtc, cancellationToken);

        var message = new BoardEventMessage(locationId, sequence, BoardEventKind.OrderPlaced, placed.Id, nowUtc, card);
        return (PlacedOutcome(placed, customer.FirstName, decision.LocationName!), message, jobEvent);
    }

    /// <summary>The order as placed, built from what the writer holds (the same order and view a read-back would give).</summary>
    internal Order NewOrder(PendingPlacement pending, RoutingDecision decision, int customerId, DateTime nowUtc)
    {
        var order = pending.Order;
        return new Order
        {
            LocationId = decision.LocationId!.Value,
            CustomerId = customerId,
            Channel = pending.Caller.Channel,
            DeliveryMethod = order.Method,
            PaymentMethod = order.Payment,
            DeliveryAddress = order.DeliveryAddress,
            DeliveryLatitude = order.DeliveryPoint?.Latitude,
            DeliveryLongitude = order.DeliveryPoint?.Longitude,
            Status = OrderStatus.New,
            PlacedUtc = nowUtc,
            DueUtc = nowUtc + DueAfter(order.Method),
            TotalMinor = order.TotalMinor,
            PlacedBy = pending.Caller.PlacedBy,
            Version = 1,
            Lines = [.. order.Lines.Select(l => new OrderLine
            {
                CatalogItemId = l.CatalogItemId,
                ItemName = l.Name,
                Quantity = l.Quantity,
                UnitPriceMinor = l.UnitPriceMinor,
            })],
            Routing = new RoutingRecord
            {
                OriginLatitude = order.Origin.Latitude,
                OriginLongitude = order.Origin.Longitude,
                OriginKind = OriginText(order.OriginKind),
                DistanceMetres = decision.DistanceMetres,
                Explanation = decision.Explanation,
                PassedOver = [.. decision.PassedOver.Select(p => new RoutingCandidate
                {
                    LocationId = p.LocationId,
                    LocationName = p.Name,
                    DistanceMetres = p.DistanceMetres,
                    Reason = p.Because,
                })],
            },
        };
    }

    /// <summary>
    /// An order paid by charging the account is charged in its own transaction, except one placed for a field sale:
    /// the sale's own ledger entries pay for it.
    /// </summary>
    internal static bool ChargesTheAccount(PendingPlacement pending) =>
        pending.Order.Payment == PaymentMethod.ChargeToAccount && pending.ForSaleId is null;

    internal static OrderOutcome.Placed PlacedOutcome(Order placed, string customerFirstName, string locationName)
    {
        var summary = new OrderSummary(
            placed.Id, placed.CustomerId, placed.LocationId, locationName, placed.Routing.Explanation, placed.Routing.DistanceMetres,
            placed.DeliveryMethod, placed.PaymentMethod, placed.Status, placed.TotalMinor, placed.PlacedUtc, placed.DueUtc);
        return new OrderOutcome.Placed(summary, Replayed: false) { View = OrderViews.Of(placed, customerFirstName, locationName) };
    }

    internal static async Task<OrderSummary> SummaryAsync(AppDbContext db, long orderId, CancellationToken cancellationToken)
    {
        var row = await db.Orders.AsNoTracking()
            .Where(o => o.Id == orderId)
            .Join(db.Locations, o => o.LocationId, l => l.Id, (o, l) => new { Order = o, LocationName = l.Name })
            .SingleAsync(cancellationToken);
        var o = row.Order;
        return new OrderSummary(
            o.Id, o.CustomerId, o.LocationId, row.LocationName, o.Routing.Explanation, o.Routing.DistanceMetres,
            o.DeliveryMethod, o.PaymentMethod, o.Status, o.TotalMinor, o.PlacedUtc, o.DueUtc);
    }

    private static async Task ReserveStockAsync(AppDbContext db, int locationId, IReadOnlyList<PreparedLine> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines.Where(l => l.Kind == CatalogItemKind.Goods))
        {
            var reserved = await db.Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE "StockLevels" SET "Reserved" = "Reserved" + {line.Quantity}, "Version" = "Version" + 1 WHERE "LocationId" = {locationId} AND "CatalogItemId" = {line.CatalogItemId} AND "OnHand" - "Reserved" >= {line.Quantity}""",
                cancellationToken);
            if (reserved != 1)
            {
                // Routing read the stock inside this transaction, so this means the store changed under it.
                throw new InvalidOperationException($"Stock for item {line.CatalogItemId} at location {locationId} changed while placing.");
            }
        }
    }

    private static async Task<Customer> CustomerForOrderAsync(AppDbContext db, PreparedOrder order, CancellationToken cancellationToken)
    {
        Customer customer;
        if (order.NewCustomer is { } created)
        {
            customer = created;
            db.Customers.Add(customer);
        }
        else
        {
            customer = await db.Customers.Include(c => c.Phones).Include(c => c.DeliveryAddresses)
                .SingleAsync(c => c.Id == order.CustomerId, cancellationToken);
        }

        // A typed delivery address is kept with the customer, so next time it is one tap.
        if (order.DeliveryAddress is { } address && order.DeliveryPoint is { } point
            && !customer.DeliveryAddresses.Any(a => a.Address.Street == address.Street && a.Address.Postcode == address.Postcode))
        {
            customer.DeliveryAddresses.Add(new DeliveryAddress
            {
                Label = customer.DeliveryAddresses.Count == 0 ? "home" : "other",
                Address = address,
                Latitude = point.Latitude,
                Longitude = point.Longitude,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return customer;
    }

    private TimeSpan DueAfter(DeliveryMethod method) => method switch
    {
        DeliveryMethod.Pickup => options.Value.PickupDueAfter,
        DeliveryMethod.Delivery => options.Value.DeliveryDueAfter,
        _ => options.Value.TechnicianVisitDueAfter,
    };

    private static string OriginText(RoutingOrigin origin) => origin switch
    {
        RoutingOrigin.Kiosk => "kiosk",
        RoutingOrigin.ChosenLocation => "chosen location",
        RoutingOrigin.DeliveryAddress => "delivery address",
        _ => "customer address",
    };
}
