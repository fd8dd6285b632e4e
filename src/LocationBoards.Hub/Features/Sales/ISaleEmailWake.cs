namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// Tells the email sender that a committed batch wrote outbox messages, so it drains them now rather than at its next
/// poll. The email feature registers its outbox signal behind it; without the email feature (e.g. a node that sends no
/// mail), <see cref="NoSaleEmailWake"/> does nothing and whichever node sends finds the messages at its next poll.
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
