using LocationBoards.Core.Catalog;

namespace LocationBoards.Core.Routing;

/// <summary>One line of the cart, as routing sees it.</summary>
public sealed record RoutingLine(int CatalogItemId, string Name, CatalogItemKind Kind, int Quantity);
