namespace LocationBoards.Hub.Features.Dispatch.Console;

public sealed partial class DispatchMap
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The dispatch map could not start")]
    private static partial void LogMapFailed(ILogger logger, Exception exception);
}
