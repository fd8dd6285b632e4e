namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// Tells the email sender that a committed batch wrote outbox messages, so it drains them now rather than at its next
/// poll. SEAM: the outbox feature's <c>OutboxSignal</c> should be registered behind this interface; until it is,
/// <see cref="NoSaleEmailWake"/> does nothing and the sender finds the messages on its own schedule.
/// </summary>
public interface ISaleEmailWake
{
    void Wake();
}

public sealed class NoSaleEmailWake : ISaleEmailWake
{
    public void Wake()
    {
    }
}
