namespace LocationBoards.Core.Sales;

/// <summary>
/// A line as a client sends it. <paramref name="ClientUnitPriceMinor"/> is whatever price the client showed or
/// sent: it is never used, the catalogue's price is (see <see cref="SalePricing"/>).
/// </summary>
public sealed record SaleLineRequest(int CatalogItemId, int Quantity, SaleFulfilment? Fulfilment = null, long? ClientUnitPriceMinor = null);
