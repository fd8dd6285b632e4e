using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Boards;

internal static class StockPostures
{
    public static StockPosture Of(OrderStatus status) => status switch
    {
        OrderStatus.New or OrderStatus.InPreparation or OrderStatus.Ready => StockPosture.Reserved,
        OrderStatus.HandedOver or OrderStatus.Done => StockPosture.Consumed,
        _ => StockPosture.Released,
    };

    /// <summary>The change to on-hand and reserved for one unit moving from one posture to another.</summary>
    public static (int OnHand, int Reserved) Change(StockPosture from, StockPosture to) => (from, to) switch
    {
        (StockPosture.Reserved, StockPosture.Consumed) => (-1, -1),
        (StockPosture.Reserved, StockPosture.Released) => (0, -1),
        (StockPosture.Consumed, StockPosture.Released) => (1, 0),
        (StockPosture.Consumed, StockPosture.Reserved) => (1, 1),
        (StockPosture.Released, StockPosture.Reserved) => (0, 1),
        (StockPosture.Released, StockPosture.Consumed) => (-1, 0),
        _ => (0, 0),
    };
}
