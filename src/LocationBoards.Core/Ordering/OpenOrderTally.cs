namespace LocationBoards.Core.Ordering;

/// <summary>
/// How many orders of a location are open (New, In preparation or Ready). Kept by the store itself, on every insert,
/// status change, move and delete of an order, so routing reads one row per location instead of counting orders.
/// </summary>
public sealed class OpenOrderTally
{
    public int LocationId { get; set; }

    public int OpenOrders { get; set; }
}
