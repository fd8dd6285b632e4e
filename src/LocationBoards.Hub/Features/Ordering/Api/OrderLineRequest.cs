namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>A catalogue item by SKU (or id) and how many.</summary>
public sealed record OrderLineRequest
{
    public string? Sku { get; init; }

    public int? CatalogItemId { get; init; }

    public int Quantity { get; init; }
}
