namespace LocationBoards.Core.Ordering;

public sealed class OrderLine
{
    public long Id { get; set; }

    public long OrderId { get; set; }

    public int CatalogItemId { get; set; }

    /// <summary>The item's name when ordered, so the order reads the same after the catalogue changes.</summary>
    public required string ItemName { get; set; }

    public int Quantity { get; set; }

    public long UnitPriceMinor { get; set; }

    public long LineTotalMinor => UnitPriceMinor * Quantity;
}
