using LocationBoards.Core.Catalog;

namespace LocationBoards.Hub.Features.Admin.Catalog;

/// <summary>A catalogue item as the admin form edits it; the price is in dollars here and in cents in the store.</summary>
public sealed class CatalogItemDraft
{
    /// <summary>0 for an item not saved yet.</summary>
    public int Id { get; set; }

    public int Version { get; set; }

    public string Sku { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public CatalogItemKind Kind { get; set; } = CatalogItemKind.Goods;

    public string Icon { get; set; } = string.Empty;

    /// <summary>In dollars, e.g. 4.50.</summary>
    public decimal? Price { get; set; }

    public string Description { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;

    public bool IsNew => Id == 0;
}
