using LocationBoards.Core.Catalog;

namespace LocationBoards.Hub.Features.Admin.Catalog;

/// <summary>One line of the catalogue grid, with its price already written for people.</summary>
public sealed record CatalogItemRow(
    int Id,
    string Sku,
    string Name,
    string Category,
    CatalogItemKind Kind,
    string Icon,
    long PriceMinor,
    string Price,
    bool IsActive);
