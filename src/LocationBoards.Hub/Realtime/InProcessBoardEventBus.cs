using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace LocationBoards.Hub.Realtime;

/// <summary>The event bus of a single hub process. Handlers run in the background; one failing handler does not stop the others.</summary>
public sealed partial class InProcessBoardEventBus(ILogger<InProcessBoardEventBus> logger) : IBoardEventBus
{
    private readonly ConcurrentDictionary<int, ImmutableList<Func<BoardEventMessage, Task>>> _byLocation = new();
    private readonly ConcurrentDictionary<long, ImmutableList<Func<BoardEventMessage, Task>>> _byOrder = new();
    private readonly ConcurrentDictionary<int, ImmutableList<Func<BoardEventMessage, Task>>> _all = new();

    public void Publish(BoardEventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var handlers = _byLocation.GetValueOrDefault(message.LocationId, [])
            .AddRange(_byOrder.GetValueOrDefault(message.OrderId, []))
            .AddRange(_all.GetValueOrDefault(0, []));
        foreach (var handler in handlers)
        {
            _ = RunAsync(handler, message);
        }
    }

    public IDisposable SubscribeToLocation(int locationId, Func<BoardEventMessage, Task> handler) =>
        Subscribe(_byLocation, locationId, handler);

    public IDisposable SubscribeToOrder(long orderId, Func<BoardEventMessage, Task> handler) =>
        Subscribe(_byOrder, orderId, handler);

    public IDisposable SubscribeToAll(Func<BoardEventMessage, Task> handler) => Subscribe(_all, 0, handler);

    private static Subscription<TKey> Subscribe<TKey>(
        ConcurrentDictionary<TKey, ImmutableList<Func<BoardEventMessage, Task>>> registry, TKey key, Func<BoardEventMessage, Task> handler)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(handler);
        registry.AddOrUpdate(key, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription<TKey>(registry, key, handler);
    }

    private async Task RunAsync(Func<BoardEventMessage, Task> handler, BoardEventMessage message)
    {
        try
        {
            await Task.Yield();
            await handler(message);
        }
        catch (Exception ex)
        {
            LogHandlerFailed(logger, message.LocationId, message.Sequence, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A board event listener failed for location {LocationId} event {Sequence}")]
    private static partial void LogHandlerFailed(ILogger logger, int locationId, long sequence, Exception exception);

    private sealed class Subscription<TKey>(
        ConcurrentDictionary<TKey, ImmutableList<Func<BoardEventMessage, Task>>> registry, TKey key, Func<BoardEventMessage, Task> handler) : IDisposable
        where TKey : notnull
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            while (registry.TryGetValue(key, out var list))
            {
                var remaining = list.Remove(handler);
                if (remaining.IsEmpty
                    ? registry.TryRemove(new KeyValuePair<TKey, ImmutableList<Func<BoardEventMessage, Task>>>(key, list))
                    : registry.TryUpdate(key, remaining, list))
                {
                    return;
                }
            }
        }
    }
}
