namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// An order waiting for the writer, with the caller's answer to complete once its batch is durable. An order placed
/// by a field sale's processing for the lines to be delivered names that sale: the sale's own ledger entries pay for
/// it, so the order is never charged to the account a second time.
/// </summary>
internal sealed class PendingPlacement(PreparedOrder order, OrderCaller caller, string idempotencyKey, string requestHash, long? forSaleId = null)
{
    public PreparedOrder Order { get; } = order;

    public OrderCaller Caller { get; } = caller;

    public string IdempotencyKey { get; } = idempotencyKey;

    public string RequestHash { get; } = requestHash;

    public long? ForSaleId { get; } = forSaleId;

    public TaskCompletionSource<OrderOutcome> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
