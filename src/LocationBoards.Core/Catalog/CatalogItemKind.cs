namespace LocationBoards.Core.Catalog;

public enum CatalogItemKind
{
    /// <summary>Something handed over or delivered; needs stock at the fulfilling location.</summary>
    Goods,

    /// <summary>Work done for the client (a repair, an installation); needs a location that offers it.</summary>
    Service,
}
