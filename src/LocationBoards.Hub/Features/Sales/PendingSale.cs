namespace LocationBoards.Hub.Features.Sales;

/// <summary>A sale submitted for processing by the writer's <see cref="SaleProcessor"/>.</summary>
internal sealed class PendingSale(long saleId, int expectedVersion, string userId, SaleProcessor processor) : SaleWork
{
    public long SaleId { get; } = saleId;

    public int ExpectedVersion { get; } = expectedVersion;

    public string UserId { get; } = userId;

    public override bool NeedsBatchContext => true;

    public override Task<SaleOutcome> RunAsync(SaleWorkScope scope, CancellationToken cancellationToken) =>
        processor.SubmitAsync(scope, this, cancellationToken);
}
