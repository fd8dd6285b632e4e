namespace LocationBoards.Hub.Features.Kiosk;

/// <summary>Too many phone look-ups are waiting at one kiosk.</summary>
public sealed class KioskLookupThrottledException : Exception
{
    public KioskLookupThrottledException()
        : base("Too many look-ups; please wait a moment.")
    {
    }

    public KioskLookupThrottledException(string message)
        : base(message)
    {
    }

    public KioskLookupThrottledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
