namespace LocationBoards.Hub.Features.Ordering;

/// <summary>An order waiting for the writer, with the caller's answer to complete once its batch is durable.</summary>
internal sealed class PendingPlacement(PreparedOrder order, OrderCaller caller, string idempotencyKey, string requestHash)
{
    public PreparedOrder Order { get; } = order;

    public OrderCaller Caller { get; } = caller;

    public string IdempotencyKey { get; } = idempotencyKey;

    public string RequestHash { get; } = requestHash;

    public TaskCompletionSource<OrderOutcome> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
