namespace LocationBoards.Hub.Features.Email;

/// <summary>
/// Wakes this node's outbox sender at once: call <see cref="Notify"/> after committing outbox messages. Wakes that
/// come while the sender is busy fold into one, so the sender looks again as soon as it is done.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Notify()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken and not yet seen: one wake is enough.
        }
    }

    /// <summary>Waits for a wake or the timeout; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _wake.WaitAsync(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, cancellationToken);

    public void Dispose() => _wake.Dispose();
}
