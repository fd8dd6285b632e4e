using LocationBoards.Core.Catalog;

namespace LocationBoards.Hub.Features.Admin.Catalog;

/// <summary>What the catalogue grid shows: text in the name or SKU, one category, one kind (null: all).</summary>
public sealed record CatalogFilter(string? Search = null, string? Category = null, CatalogItemKind? Kind = null);
