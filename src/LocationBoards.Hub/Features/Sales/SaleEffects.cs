using LocationBoards.Hub.Realtime;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>What a sale's processing publishes once its batch is committed: dispatch events, the delivery order's board event, emails to send.</summary>
internal sealed class SaleEffects
{
    public List<DispatchEventMessage> DispatchEvents { get; } = [];

    public List<BoardEventMessage> BoardEvents { get; } = [];

    public int EmailsWritten { get; set; }

    public void Clear()
    {
        DispatchEvents.Clear();
        BoardEvents.Clear();
        EmailsWritten = 0;
    }
}
