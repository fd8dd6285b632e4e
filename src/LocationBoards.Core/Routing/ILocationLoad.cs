namespace LocationBoards.Core.Routing;

/// <summary>What changes from order to order: stock and the open orders each location holds.</summary>
public interface ILocationLoad
{
    int AvailableStock(int locationId, int catalogItemId);

    int OpenOrders(int locationId);
}
