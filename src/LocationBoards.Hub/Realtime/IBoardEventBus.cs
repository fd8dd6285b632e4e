namespace LocationBoards.Hub.Realtime;

/// <summary>
/// Carries committed board events to whoever listens on this node (boards, order watchers, the hub
/// for other clients). The store is the source of truth: a listener that misses events catches up
/// from the store by sequence number, so the bus may be lossy but never invents events.
/// </summary>
public interface IBoardEventBus
{
    void Publish(BoardEventMessage message);

    /// <summary>Events of one location. Dispose the subscription to stop.</summary>
    IDisposable SubscribeToLocation(int locationId, Func<BoardEventMessage, Task> handler);

    /// <summary>Every event (for relaying to hub clients).</summary>
    IDisposable SubscribeToAll(Func<BoardEventMessage, Task> handler);

    /// <summary>Events of one order (for the client watching its status).</summary>
    IDisposable SubscribeToOrder(long orderId, Func<BoardEventMessage, Task> handler);
}
