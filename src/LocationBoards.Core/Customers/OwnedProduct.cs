namespace LocationBoards.Core.Customers;

/// <summary>A product the customer owns (bought from us or registered with us), e.g. for service calls.</summary>
public sealed class OwnedProduct
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public int CatalogItemId { get; set; }

    public DateOnly AcquiredOn { get; set; }

    public string? SerialNumber { get; set; }
}
