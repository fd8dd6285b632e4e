namespace LocationBoards.Core.Sales;

/// <summary>A line priced from the catalogue: the item's current name and price, and how the customer gets it.</summary>
public sealed record PricedLine(int CatalogItemId, string ItemName, int Quantity, SaleFulfilment Fulfilment, long UnitPriceMinor)
{
    public long LineTotalMinor => checked(UnitPriceMinor * Quantity);

    /// <summary>The same item, quantity and way of getting it (prices aside).</summary>
    public bool SameAs(SaleLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.CatalogItemId == CatalogItemId && line.Quantity == Quantity && line.Fulfilment == Fulfilment;
    }
}
