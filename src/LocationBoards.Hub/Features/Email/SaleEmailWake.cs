using LocationBoards.Hub.Features.Sales;

namespace LocationBoards.Hub.Features.Email;

/// <summary>Processed sales wake this node's outbox sender, so their emails leave at once rather than at the next poll.</summary>
public sealed class SaleEmailWake(OutboxSignal signal) : ISaleEmailWake
{
    public void Wake() => signal.Notify();
}
