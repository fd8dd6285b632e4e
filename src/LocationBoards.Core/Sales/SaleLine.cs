namespace LocationBoards.Core.Sales;

/// <summary>One item of a sale: what, how many, how the customer gets it, and the catalogue's price.</summary>
public sealed class SaleLine
{
    public long Id { get; set; }

    public long SaleId { get; set; }

    public int CatalogItemId { get; set; }

    /// <summary>The item's name when priced, so the sale reads the same after the catalogue changes.</summary>
    public required string ItemName { get; set; }

    public int Quantity { get; set; }

    /// <summary>The catalogue's price, taken again at processing; never a price sent by a client.</summary>
    public long UnitPriceMinor { get; set; }

    public SaleFulfilment Fulfilment { get; set; }

    /// <summary>
    /// Set by the processing: the technician's home location for goods handed over now, the location routing chose
    /// for goods to be delivered, the location that serves a service.
    /// </summary>
    public int? SupplyingLocationId { get; set; }

    public long LineTotalMinor => checked(UnitPriceMinor * Quantity);
}
