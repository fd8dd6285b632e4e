namespace LocationBoards.Core.Catalog;

/// <summary>How many of one goods item a location holds, and how many of those are promised to open orders.</summary>
public sealed class StockLevel
{
    public int LocationId { get; set; }

    public int CatalogItemId { get; set; }

    public int OnHand { get; set; }

    public int Reserved { get; set; }

    public int Version { get; set; }

    public int Available => OnHand - Reserved;

    public bool CanSupply(int quantity) => quantity > 0 && Available >= quantity;
}
