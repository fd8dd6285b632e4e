namespace LocationBoards.Hub.Features.Email;

/// <summary>A message that no retry can send (e.g. its recipient is not an address): it fails permanently at once.</summary>
public sealed class UnsendableMessageException : Exception
{
    public UnsendableMessageException()
    {
    }

    public UnsendableMessageException(string message)
        : base(message)
    {
    }

    public UnsendableMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
