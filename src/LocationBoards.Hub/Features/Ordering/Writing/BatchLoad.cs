using LocationBoards.Core.Routing;

namespace LocationBoards.Hub.Features.Ordering.Writing;

/// <summary>
/// Stock and open orders as one batch sees them: read once inside the batch's transaction, then moved by the
/// batch's own orders as each takes its stock and a place in its location's queue.
/// </summary>
internal sealed class BatchLoad(Dictionary<(int LocationId, int CatalogItemId), int> stock, Dictionary<int, int> open) : ILocationLoad
{
    public int AvailableStock(int locationId, int catalogItemId) => stock.GetValueOrDefault((locationId, catalogItemId));

    public int OpenOrders(int locationId) => open.GetValueOrDefault(locationId);

    public void Take(int locationId, int catalogItemId, int quantity) =>
        stock[(locationId, catalogItemId)] = AvailableStock(locationId, catalogItemId) - quantity;

    public void Open(int locationId) => open[locationId] = OpenOrders(locationId) + 1;
}
