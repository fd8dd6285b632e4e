using LocationBoards.Core.Catalog;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>A catalogue item as the ordering screens show it, with what is on hand at the client's location.</summary>
public sealed record ShopItem(int Id, string Sku, string Name, string Category, CatalogItemKind Kind, string Icon, long PriceMinor, string Description, int? AvailableHere)
{
    public bool IsService => Kind == CatalogItemKind.Service;

    public bool OutOfStockHere => Kind == CatalogItemKind.Goods && AvailableHere is <= 0;
}
