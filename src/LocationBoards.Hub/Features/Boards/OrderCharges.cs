using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>
/// Keeps the customer's account right when a board move cancels an order charged to it (the charge is reversed) or
/// undoes that cancel (charged again), in the move's own transaction. An order that was never charged (paid another
/// way, or placed for a field sale whose own entries pay for it) writes nothing.
/// </summary>
public static class OrderCharges
{
    public static async Task RecordMoveAsync(
        AppDbContext db, Order order, OrderStatus from, OrderStatus to, DateTime nowUtc, string movedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        var cancelled = to == OrderStatus.Cancelled;
        if (order.PaymentMethod != PaymentMethod.ChargeToAccount || cancelled == (from == OrderStatus.Cancelled))
        {
            return;
        }

        var charged = await db.AccountEntries.AnyAsync(
            e => e.OrderId == order.Id && e.Kind == AccountEntryKind.OrderChargedToAccount, cancellationToken);
        if (!charged)
        {
            return;
        }

        if (cancelled)
        {
            db.AccountEntries.Add(AccountLedger.OrderCancelled(order, nowUtc, movedBy));
            return;
        }

        // The one charge per order stays unique: charging again after an undone cancel is an adjustment.
        var again = AccountLedger.OrderCharged(order, movedBy);
        again.Kind = AccountEntryKind.Adjustment;
        again.OccurredUtc = nowUtc;
        again.Description = $"Order {order.Id} cancel undone: charged again";
        db.AccountEntries.Add(again);
    }
}
