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
        // Already woken and not yet seen (the common case under load, and always while the sender is off): one wake is
        // enough, and looking first spares an exception per committed batch.
        if (_wake.CurrentCount > 0)
        {
            return;
        }

        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another caller woke it between the look and the release.
        }
    }

    /// <summary>Waits for a wake or the timeout; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _wake.WaitAsync(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, cancellationToken);

    public void Dispose() => _wake.Dispose();
}
