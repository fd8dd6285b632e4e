using System.Collections.Immutable;

namespace LocationBoards.Hub.Realtime;

/// <summary>The dispatch event bus of a single hub process; handlers run in the background and one failing does not stop the others.</summary>
public sealed partial class InProcessDispatchEventBus(ILogger<InProcessDispatchEventBus> logger) : IDispatchEventBus
{
    private ImmutableList<Func<DispatchEventMessage, Task>> _handlers = [];

    public void Publish(DispatchEventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var handler in _handlers)
        {
            _ = RunAsync(handler, message);
        }
    }

    public IDisposable Subscribe(Func<DispatchEventMessage, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ImmutableInterlocked.Update(ref _handlers, list => list.Add(handler));
        return new Subscription(this, handler);
    }

    private async Task RunAsync(Func<DispatchEventMessage, Task> handler, DispatchEventMessage message)
    {
        try
        {
            await Task.Yield();
            await handler(message);
        }
        catch (Exception ex)
        {
            LogHandlerFailed(logger, message.Sequence, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A dispatch event listener failed for event {Sequence}")]
    private static partial void LogHandlerFailed(ILogger logger, long sequence, Exception exception);

    private sealed class Subscription(InProcessDispatchEventBus bus, Func<DispatchEventMessage, Task> handler) : IDisposable
    {
        public void Dispose() => ImmutableInterlocked.Update(ref bus._handlers, list => list.Remove(handler));
    }
}
