using LocationBoards.Core.Catalog;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>A cart line with the catalogue's own name, kind and price (a price sent by the client is never used).</summary>
public sealed record PreparedLine(int CatalogItemId, string Name, CatalogItemKind Kind, int Quantity, long UnitPriceMinor);
