namespace LocationBoards.Hub.Features.Boards;

/// <summary>
/// What an order's state means for the stock of its goods: reserved while it is being prepared, gone from
/// the shelf once handed over, back to nobody's once cancelled. A move between postures moves the stock.
/// </summary>
internal enum StockPosture
{
    Reserved,
    Consumed,
    Released,
}
