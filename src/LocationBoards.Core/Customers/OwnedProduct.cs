namespace LocationBoards.Core.Customers;

/// <summary>A product the customer owns (bought from us or registered with us), e.g. for service calls.</summary>
public sealed class OwnedProduct
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public int CatalogItemId { get; set; }

    public DateOnly AcquiredOn { get; set; }

    public string? SerialNumber { get; set; }

    /// <summary>How many of the item; one for an appliance, more for goods bought by the line (e.g. filter cartridges).</summary>
    public int Quantity { get; set; } = 1;

    /// <summary>The sale line the customer bought it on, when it came from a field sale (unique when set).</summary>
    public long? SaleLineId { get; set; }
}
