using LocationBoards.Core.Ordering;

namespace LocationBoards.Core.Tests.Ordering;

public class OrderStateMachineTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private static Order OrderIn(OrderStatus status, OrderStatus? previous = null, DateTime? movedUtc = null) => new()
    {
        Id = 42,
        Status = status,
        PreviousStatus = previous,
        LastMovedUtc = movedUtc,
        PlacedBy = "test",
        Routing = new RoutingRecord { OriginKind = "test", Explanation = "test" },
    };

    [Theory]
    [InlineData(OrderStatus.New, OrderStatus.InPreparation)]
    [InlineData(OrderStatus.InPreparation, OrderStatus.Ready)]
    [InlineData(OrderStatus.Ready, OrderStatus.HandedOver)]
    [InlineData(OrderStatus.HandedOver, OrderStatus.Done)]
    public void Advancing_moves_to_the_next_column(OrderStatus from, OrderStatus to)
    {
        Assert.Equal(to, OrderStateMachine.Decide(OrderIn(from), OrderMove.Advance, null, Now).Target);
    }

    [Theory]
    [InlineData(OrderStatus.Done)]
    [InlineData(OrderStatus.Cancelled)]
    public void Finished_orders_neither_advance_nor_cancel(OrderStatus status)
    {
        Assert.False(OrderStateMachine.Decide(OrderIn(status), OrderMove.Advance, null, Now).Allowed);
        Assert.False(OrderStateMachine.Decide(OrderIn(status), OrderMove.Cancel, "reason", Now).Allowed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Cancelling_needs_a_reason(string? reason)
    {
        var result = OrderStateMachine.Decide(OrderIn(OrderStatus.Ready), OrderMove.Cancel, reason, Now);

        Assert.False(result.Allowed);
        Assert.Contains("why", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undo_goes_back_to_the_state_before_the_last_move_within_the_window()
    {
        var moved = OrderIn(OrderStatus.Ready, OrderStatus.InPreparation, Now.AddSeconds(-10));
        var tooLate = OrderIn(OrderStatus.Ready, OrderStatus.InPreparation, Now - OrderStateMachine.UndoWindow - TimeSpan.FromSeconds(1));

        Assert.Equal(OrderStatus.InPreparation, OrderStateMachine.Decide(moved, OrderMove.Undo, null, Now).Target);
        Assert.False(OrderStateMachine.Decide(tooLate, OrderMove.Undo, null, Now).Allowed);
        Assert.False(OrderStateMachine.Decide(OrderIn(OrderStatus.New), OrderMove.Undo, null, Now).Allowed);
    }
}
