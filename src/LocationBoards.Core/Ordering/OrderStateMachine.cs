namespace LocationBoards.Core.Ordering;

/// <summary>
/// The one place that says how an order moves on its board. Staff advance it column by column, cancel
/// it with a reason before it is done, or undo their last move within a short window.
/// </summary>
public static class OrderStateMachine
{
    public static readonly TimeSpan UndoWindow = TimeSpan.FromSeconds(30);

    public static OrderStatus? NextOf(OrderStatus status) => status switch
    {
        OrderStatus.New => OrderStatus.InPreparation,
        OrderStatus.InPreparation => OrderStatus.Ready,
        OrderStatus.Ready => OrderStatus.HandedOver,
        OrderStatus.HandedOver => OrderStatus.Done,
        _ => null,
    };

    public static bool CanCancel(OrderStatus status) => status is not (OrderStatus.Done or OrderStatus.Cancelled);

    /// <summary>
    /// Where the move takes the order, or why it cannot. An undo goes back to the state before the last
    /// move, only within <see cref="UndoWindow"/> of it.
    /// </summary>
    public static MoveResult Decide(Order order, OrderMove move, string? reason, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(order);
        switch (move)
        {
            case OrderMove.Advance:
                return NextOf(order.Status) is { } next
                    ? MoveResult.To(next)
                    : MoveResult.Refused($"Order {order.Id} is {Words(order.Status)} and cannot move on.");
            case OrderMove.Cancel:
                if (!CanCancel(order.Status))
                {
                    return MoveResult.Refused($"Order {order.Id} is {Words(order.Status)} and cannot be cancelled.");
                }

                return string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 300
                    ? MoveResult.Refused("Say why the order is cancelled (up to 300 characters).")
                    : MoveResult.To(OrderStatus.Cancelled);
            case OrderMove.Undo:
                if (order.PreviousStatus is not { } previous || order.LastMovedUtc is not { } moved)
                {
                    return MoveResult.Refused($"Order {order.Id} has no move to undo.");
                }

                return nowUtc - moved > UndoWindow
                    ? MoveResult.Refused($"The last move of order {order.Id} was more than {UndoWindow.TotalSeconds:0} seconds ago and can no longer be undone.")
                    : MoveResult.To(previous);
            default:
                return MoveResult.Refused("That is not a move.");
        }
    }

    public static string Words(OrderStatus status) => status switch
    {
        OrderStatus.New => "new",
        OrderStatus.InPreparation => "in preparation",
        OrderStatus.Ready => "ready",
        OrderStatus.HandedOver => "handed over",
        OrderStatus.Done => "done",
        _ => "cancelled",
    };
}
