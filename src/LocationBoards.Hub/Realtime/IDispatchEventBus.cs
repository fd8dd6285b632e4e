namespace LocationBoards.Hub.Realtime;

/// <summary>
/// Carries committed dispatch events to whoever listens on this node. As with boards, the store is the source of
/// truth: a listener that misses events catches up by sequence number.
/// </summary>
public interface IDispatchEventBus
{
    void Publish(DispatchEventMessage message);

    IDisposable Subscribe(Func<DispatchEventMessage, Task> handler);
}
