namespace LocationBoards.Hub.Features.Email;

/// <summary>Tells this node's open admin mail pages that a message changed (sent, failed, sent again).</summary>
public sealed class OutboxActivity
{
    public event Action? Changed;

    public void Raise() => Changed?.Invoke();
}
