namespace LocationBoards.Hub.Features.Admin.Catalog;

/// <summary>One goods item's stock at the chosen location. Version 0: the location has never held it.</summary>
public sealed record StockRow(int CatalogItemId, string Sku, string Name, string Icon, bool IsActive, int OnHand, int Reserved, int Version)
{
    public int Available => OnHand - Reserved;

    public bool IsOutOfStock => Available <= 0;
}
