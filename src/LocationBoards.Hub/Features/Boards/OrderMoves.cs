using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Boards;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using LocationBoards.Hub.Realtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>
/// Staff move orders on their board. One transaction per move: the order's new state (checked against
/// the version the staff member saw, so of two simultaneous moves one wins and the other sees the fresh
/// card), the stock it frees or consumes, the account entry when a charged order is cancelled, and the board event with the location's next sequence number;
/// published after commit.
/// </summary>
public sealed partial class OrderMoves(
    IDbContextFactory<AppDbContext> contexts,
    IBoardEventBus bus,
    IOptions<IdentityOptions> identity,
    TimeProvider clock,
    ILogger<OrderMoves> logger)
{
    public async Task<MoveOutcome> MoveAsync(
        ClaimsPrincipal user, long orderId, int expectedVersion, OrderMove move, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null || !user.CanSeeLocation(order.LocationId))
        {
            return new MoveOutcome.NotFound();
        }

        var customer = await db.Customers.AsNoTracking().Include(c => c.Phones).SingleAsync(c => c.Id == order.CustomerId, cancellationToken);
        if (order.Version != expectedVersion)
        {
            return new MoveOutcome.Stale(BoardCards.For(order, customer), $"Order {order.Id} was changed by someone else just now; here it is as it is.");
        }

        var decision = OrderStateMachine.Decide(order, move, reason, now);
        if (!decision.Allowed)
        {
            return new MoveOutcome.Refused(BoardCards.For(order, customer), decision.Refusal!);
        }

        var from = order.Status;
        var to = decision.Target!.Value;
        if (!await MoveStockAsync(db, order, from, to, cancellationToken))
        {
            return new MoveOutcome.Refused(BoardCards.For(order, customer), $"The stock for order {order.Id} is no longer there, so this move cannot be made.");
        }

        var movedBy = user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        await OrderCharges.RecordMoveAsync(db, order, from, to, now, movedBy is null ? "board" : $"user:{movedBy}", cancellationToken);
        order.Status = to;
        order.PreviousStatus = move == OrderMove.Undo ? null : from;
        order.LastMovedUtc = move == OrderMove.Undo ? null : now;
        order.LastMovedBy = movedBy;
        order.CancelReason = to == OrderStatus.Cancelled ? reason!.Trim() : null;
        order.Version = expectedVersion + 1;
        db.Entry(order).Property(o => o.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MoveOutcome.Stale(BoardCards.For(order, customer), $"Order {order.Id} was changed by someone else just now; reload the board.");
        }

        var card = BoardCards.For(order, customer);
        var sequence = await BoardSequences.NextAsync(db, order.LocationId, cancellationToken);
        var kind = to == OrderStatus.Cancelled ? BoardEventKind.OrderCancelled : BoardEventKind.OrderMoved;
        db.BoardEvents.Add(new BoardEvent
        {
            LocationId = order.LocationId,
            Sequence = sequence,
            Kind = kind,
            OrderId = order.Id,
            OccurredUtc = now,
            PayloadJson = BoardJson.Write(card),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogMoved(logger, order.Id, order.LocationId, from, to, sequence);
        bus.Publish(new BoardEventMessage(order.LocationId, sequence, kind, order.Id, now, card));
        return new MoveOutcome.Moved(card);
    }

    private static async Task<bool> MoveStockAsync(AppDbContext db, Order order, OrderStatus from, OrderStatus to, CancellationToken cancellationToken)
    {
        var (onHand, reserved) = StockPostures.Change(StockPostures.Of(from), StockPostures.Of(to));
        if (onHand == 0 && reserved == 0)
        {
            return true;
        }

        var goods = await db.CatalogItems.AsNoTracking()
            .Where(i => i.Kind == CatalogItemKind.Goods && order.Lines.Select(l => l.CatalogItemId).Contains(i.Id))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        foreach (var line in order.Lines.Where(l => goods.Contains(l.CatalogItemId)))
        {
            var dOnHand = onHand * line.Quantity;
            var dReserved = reserved * line.Quantity;

            // Guarded so stock never goes negative nor more reserved than on hand (the table's own checks agree).
            var changed = await db.Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE "StockLevels" SET "OnHand" = "OnHand" + {dOnHand}, "Reserved" = "Reserved" + {dReserved}, "Version" = "Version" + 1 WHERE "LocationId" = {order.LocationId} AND "CatalogItemId" = {line.CatalogItemId} AND "OnHand" + {dOnHand} >= 0 AND "Reserved" + {dReserved} >= 0 AND "Reserved" + {dReserved} <= "OnHand" + {dOnHand}""",
                cancellationToken);
            if (changed != 1)
            {
                return false;
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} at location {LocationId} moved from {From} to {To} (board event {Sequence})")]
    private static partial void LogMoved(ILogger logger, long orderId, int locationId, OrderStatus from, OrderStatus to, long sequence);
}
