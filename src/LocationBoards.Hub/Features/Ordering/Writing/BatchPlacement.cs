using System.Globalization;
using System.Text.Json;
using LocationBoards.Core.Boards;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;
using LocationBoards.Hub.Features.Boards;
using LocationBoards.Hub.Infrastructure.Storage;
using LocationBoards.Hub.Realtime;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering.Writing;

/// <summary>
/// Places a whole batch set-based, inside the writer's open transaction: one read each for the batch's idempotency
/// keys, the stock of its goods at every location, the open orders per location, its customers, and each location's
/// last board event number; every order is routed against that snapshot as the batch's own orders take stock and
/// capacity, and each reservation is still confirmed by the conditional UPDATE, so nothing is oversold. Rows are
/// written through prepared statements. An order that needs more than that (a new customer, a delivery address to
/// keep, a technician visit that opens its job) is left for the one-at-a-time path, later in the same transaction.
/// </summary>
internal sealed class BatchPlacement(OrderPlacement placement, IOptions<OrderingOptions> options)
{
    public List<WriteResult> Place(
        WriterStatements sql, IReadOnlyList<PendingPlacement> batch, LocationRouter router, DateTime nowUtc, List<PendingPlacement> leftOver)
    {
        var results = new List<WriteResult>(batch.Count);
        var simple = new List<PendingPlacement>(batch.Count);
        foreach (var pending in batch)
        {
            var plain = pending.Order.NewCustomer is null && pending.Order.CustomerId is not null && pending.Order.Method != DeliveryMethod.TechnicianVisit;
            (plain ? simple : leftOver).Add(pending);
        }

        if (simple.Count == 0)
        {
            return results;
        }

        var earlier = EarlierKeys(sql, simple);
        var customers = Customers(sql, simple);
        var load = new BatchLoad(AvailableStock(sql, simple), OpenOrders(sql));
        var sequences = new Dictionary<int, long>();
        var placedHere = new Dictionary<(string Scope, string Key), (string Hash, OrderOutcome.Placed Placed)>();
        var leftKeys = leftOver.Select(p => (p.Caller.IdempotencyScope, p.IdempotencyKey)).ToHashSet();

        foreach (var pending in simple)
        {
            var key = (pending.Caller.IdempotencyScope, pending.IdempotencyKey);
            if (placedHere.TryGetValue(key, out var first))
            {
                results.Add(new(pending, first.Hash == pending.RequestHash ? first.Placed with { Replayed = true } : new OrderOutcome.KeyReused()));
                continue;
            }

            var record = earlier.GetValueOrDefault(key);
            if (record is not null && record.ExpiresUtc > nowUtc)
            {
                results.Add(new(pending, record.RequestHash != pending.RequestHash || record.OrderId is not { } earlierOrder
                    ? new OrderOutcome.KeyReused()
                    : new OrderOutcome.Placed(Summary(sql, earlierOrder), Replayed: true)));
                continue;
            }

            var order = pending.Order;
            if (leftKeys.Contains(key) || !customers.TryGetValue(order.CustomerId!.Value, out var customer) || KeepsNewAddress(order, customer))
            {
                // Placed one at a time after the others, the way every order used to be.
                leftOver.Add(pending);
                leftKeys.Add(key);
                continue;
            }

            var decision = router.Route(
                new RoutingRequest(order.Origin, order.OriginKind, order.Method, order.RoutingLines, new DateTimeOffset(nowUtc), order.PreferredLocationId),
                load);
            if (!decision.Found)
            {
                results.Add(new(pending, new OrderOutcome.NotRoutable(decision.Explanation)));
                continue;
            }

            var locationId = decision.LocationId!.Value;
            Reserve(sql, load, locationId, order.Lines);
            var placed = placement.NewOrder(pending, decision, customer.Id, nowUtc);
            Insert(sql, placed);

            var sequence = (sequences.TryGetValue(locationId, out var last) ? last : LastSequence(sql, locationId)) + 1;
            sequences[locationId] = sequence;
            var card = BoardCards.For(placed, customer.FirstName, customer.Phone);
            sql.InsertBoardEvent.With(locationId, sequence, nameof(BoardEventKind.OrderPlaced), placed.Id, nowUtc, BoardJson.Write(card)).ExecuteNonQuery();

            if (record is not null)
            {
                // The key's earlier use has expired: this submission takes it over.
                sql.DeleteIdempotencyRecord.With(key.IdempotencyScope, key.IdempotencyKey).ExecuteNonQuery();
                earlier.Remove(key);
            }

            sql.InsertIdempotencyRecord.With(
                key.IdempotencyScope, key.IdempotencyKey, pending.RequestHash, placed.Id, nowUtc, nowUtc + options.Value.IdempotencyWindow).ExecuteNonQuery();
            if (OrderPlacement.ChargesTheAccount(pending))
            {
                var charge = AccountLedger.OrderCharged(placed, pending.Caller.PlacedBy);
                sql.InsertAccountEntry.With(
                    charge.CustomerId, charge.Kind.ToString(), charge.AmountMinor, charge.OccurredUtc, charge.Description, charge.SaleId, charge.OrderId, charge.RecordedBy)
                    .ExecuteNonQuery();
            }

            var outcome = OrderPlacement.PlacedOutcome(placed, customer.FirstName, decision.LocationName!);
            placedHere[key] = (pending.RequestHash, outcome);
            results.Add(new(pending, outcome, new BoardEventMessage(locationId, sequence, BoardEventKind.OrderPlaced, placed.Id, nowUtc, card)));
        }

        foreach (var (locationId, last) in sequences)
        {
            sql.SaveSequence.With(locationId, last).ExecuteNonQuery();
        }

        return results;
    }

    /// <summary>A typed delivery address the customer has not saved yet is kept with them: that is the one-at-a-time path's work.</summary>
    private static bool KeepsNewAddress(PreparedOrder order, BatchCustomer customer) =>
        order.DeliveryAddress is { } address && order.DeliveryPoint is not null
        && !customer.Addresses.Contains((address.Street, address.Postcode));

    private static void Reserve(WriterStatements sql, BatchLoad load, int locationId, IReadOnlyList<PreparedLine> lines)
    {
        foreach (var line in lines.Where(l => l.Kind == CatalogItemKind.Goods))
        {
            if (sql.ReserveStock.With(line.Quantity, locationId, line.CatalogItemId).ExecuteNonQuery() != 1)
            {
                // Routing read the stock inside this transaction, so this means the snapshot was wrong: the batch is redone one by one.
                throw new InvalidOperationException($"Stock for item {line.CatalogItemId} at location {locationId} changed while placing.");
            }

            load.Take(locationId, line.CatalogItemId, line.Quantity);
        }

        load.Open(locationId);
    }

    private static void Insert(WriterStatements sql, Order placed)
    {
        placed.Id = (long)sql.InsertOrder.With(
            placed.LocationId, placed.CustomerId, placed.Channel.ToString(), placed.DeliveryMethod.ToString(), placed.PaymentMethod.ToString(),
            placed.DeliveryAddress?.Street, placed.DeliveryAddress?.City, placed.DeliveryAddress?.Postcode, placed.DeliveryLatitude, placed.DeliveryLongitude,
            placed.Status.ToString(), placed.PlacedUtc, placed.DueUtc, placed.TotalMinor, placed.PlacedBy, placed.Version, RoutingJson.Write(placed.Routing))
            .ExecuteScalar()!;
        foreach (var line in placed.Lines)
        {
            line.OrderId = placed.Id;
            line.Id = (long)sql.InsertLine.With(placed.Id, line.CatalogItemId, line.ItemName, line.Quantity, line.UnitPriceMinor).ExecuteScalar()!;
        }
    }

    private static long LastSequence(WriterStatements sql, int locationId) =>
        sql.LastSequence.With(locationId).ExecuteScalar() is long last ? last : 0;

    private static Dictionary<(string Scope, string Key), EarlierKey> EarlierKeys(WriterStatements sql, List<PendingPlacement> batch)
    {
        var keys = JsonSerializer.Serialize(batch.Select(p => new[] { p.Caller.IdempotencyScope, p.IdempotencyKey }).ToList());
        var earlier = new Dictionary<(string, string), EarlierKey>();
        using var reader = sql.IdempotencyRecords.With(keys).ExecuteReader();
        while (reader.Read())
        {
            earlier[(reader.GetString(0), reader.GetString(1))] = new EarlierKey(
                reader.GetString(2), reader.LongOrNull(3), reader.GetDateTime(4));
        }

        return earlier;
    }

    private static Dictionary<int, BatchCustomer> Customers(WriterStatements sql, List<PendingPlacement> batch)
    {
        var ids = IdList(batch.Select(p => p.Order.CustomerId!.Value));
        var customers = new Dictionary<int, BatchCustomer>();
        using (var reader = sql.Customers.With(ids).ExecuteReader())
        {
            while (reader.Read())
            {
                customers[reader.GetInt32(0)] = new BatchCustomer(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }

        var withAddress = batch.Where(p => p.Order.DeliveryAddress is not null).Select(p => p.Order.CustomerId!.Value).ToList();
        if (withAddress.Count > 0)
        {
            using var reader = sql.DeliveryAddresses.With(IdList(withAddress)).ExecuteReader();
            while (reader.Read())
            {
                if (customers.TryGetValue(reader.GetInt32(0), out var customer))
                {
                    customer.Addresses.Add((reader.GetString(1), reader.GetString(2)));
                }
            }
        }

        return customers;
    }

    private static Dictionary<(int, int), int> AvailableStock(WriterStatements sql, List<PendingPlacement> batch)
    {
        var stock = new Dictionary<(int, int), int>();
        var goods = batch.SelectMany(p => p.Order.Lines).Where(l => l.Kind == CatalogItemKind.Goods).Select(l => l.CatalogItemId).ToList();
        if (goods.Count == 0)
        {
            return stock;
        }

        using var reader = sql.AvailableStock.With(IdList(goods)).ExecuteReader();
        while (reader.Read())
        {
            stock[(reader.GetInt32(0), reader.GetInt32(1))] = reader.GetInt32(2);
        }

        return stock;
    }

    private static Dictionary<int, int> OpenOrders(WriterStatements sql)
    {
        var open = new Dictionary<int, int>();
        using var reader = sql.OpenOrders.ExecuteReader();
        while (reader.Read())
        {
            open[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return open;
    }

    private static OrderSummary Summary(WriterStatements sql, long orderId)
    {
        using var reader = sql.PlacedSummary.With(orderId).ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"Order {orderId}, named by an idempotency record, is not in the store.");
        }

        return new OrderSummary(
            reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetDouble(5),
            Enum.Parse<DeliveryMethod>(reader.GetString(6)), Enum.Parse<PaymentMethod>(reader.GetString(7)), Enum.Parse<OrderStatus>(reader.GetString(8)),
            reader.GetInt64(9), reader.Utc(10), reader.Utc(11));
    }

    private static string IdList(IEnumerable<int> ids) =>
        "[" + string.Join(',', ids.Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";

    private sealed record EarlierKey(string RequestHash, long? OrderId, DateTime ExpiresUtc);

    private sealed record BatchCustomer(int Id, string FirstName, string? Phone)
    {
        public HashSet<(string Street, string Postcode)> Addresses { get; } = [];
    }
}
