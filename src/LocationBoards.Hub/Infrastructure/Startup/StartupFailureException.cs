namespace LocationBoards.Hub.Infrastructure.Startup;

/// <summary>Something the hub cannot start without is wrong; the message names it and says what to do.</summary>
public sealed class StartupFailureException : Exception
{
    public StartupFailureException()
    {
    }

    public StartupFailureException(string message)
        : base(message)
    {
    }

    public StartupFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
