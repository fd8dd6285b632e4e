using System.Security.Claims;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>A sale submitted for processing by the writer's <see cref="SaleProcessor"/>.</summary>
internal sealed class PendingSale(long saleId, int expectedVersion, ClaimsPrincipal user, string userId, SaleProcessor processor) : SaleWork
{
    public long SaleId { get; } = saleId;

    public int ExpectedVersion { get; } = expectedVersion;

    /// <summary>Who submits: checked in the writer against the sale's job, like every other change.</summary>
    public ClaimsPrincipal User { get; } = user;

    public string UserId { get; } = userId;

    public override bool NeedsBatchContext => true;

    public override Task<SaleOutcome> RunAsync(SaleWorkScope scope, CancellationToken cancellationToken) =>
        processor.SubmitAsync(scope, this, cancellationToken);
}
