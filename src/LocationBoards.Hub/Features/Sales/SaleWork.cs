namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// One change to the sales store queued for the <see cref="SaleWriter"/>: a draft saved, an agreement, a withdrawal, a
/// copy, or a submission processed. The writer runs it inside its batch's transaction, in its own savepoint, and
/// completes <see cref="Answer"/> only once the batch is durable.
/// </summary>
internal abstract class SaleWork
{
    public TaskCompletionSource<SaleOutcome> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the work needs the batch's catalogue, router and time zones (only processing does).</summary>
    public virtual bool NeedsBatchContext => false;

    public abstract Task<SaleOutcome> RunAsync(SaleWorkScope scope, CancellationToken cancellationToken);
}

/// <summary>A desk change (draft, agree, withdraw, copy) as a function of its place in the batch.</summary>
internal sealed class DeskWork(Func<SaleWorkScope, CancellationToken, Task<SaleOutcome>> run) : SaleWork
{
    public override Task<SaleOutcome> RunAsync(SaleWorkScope scope, CancellationToken cancellationToken) => run(scope, cancellationToken);
}
