namespace LocationBoards.Hub.Features.Sales;

/// <summary>A sale submitted for processing, with the caller's answer to complete once its batch is durable.</summary>
internal sealed class PendingSale(long saleId, int expectedVersion, string userId)
{
    public long SaleId { get; } = saleId;

    public int ExpectedVersion { get; } = expectedVersion;

    public string UserId { get; } = userId;

    public TaskCompletionSource<SaleOutcome> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
