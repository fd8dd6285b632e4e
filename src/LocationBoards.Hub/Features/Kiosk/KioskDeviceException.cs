namespace LocationBoards.Hub.Features.Kiosk;

/// <summary>A kiosk device request that cannot be done; the message is for the admin.</summary>
public sealed class KioskDeviceException : Exception
{
    public KioskDeviceException()
    {
    }

    public KioskDeviceException(string message)
        : base(message)
    {
    }

    public KioskDeviceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
