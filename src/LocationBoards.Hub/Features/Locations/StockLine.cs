namespace LocationBoards.Hub.Features.Locations;

/// <summary>One goods item's stock at a location, as its staff read it.</summary>
public sealed record StockLine(int CatalogItemId, string Sku, string Name, string Icon, int OnHand, int Reserved)
{
    public int Available => OnHand - Reserved;

    public bool IsOutOfStock => Available <= 0;
}
