using LocationBoards.Core.Routing;

namespace LocationBoards.Benchmarks.Routing;

/// <summary>Every location has plenty of stock and no open orders: the constraints are evaluated and all pass.</summary>
public sealed class AllPassLoad : ILocationLoad
{
    public int AvailableStock(int locationId, int catalogItemId) => 1_000_000;

    public int OpenOrders(int locationId) => 0;
}
