namespace LocationBoards.Core.Customers;

/// <summary>A client of the business, recognised by any of their phone numbers.</summary>
public sealed class Customer
{
    public int Id { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public required PostalAddress BillingAddress { get; set; }

    /// <summary>The client would rather talk to a person than to the automated phone line.</summary>
    public bool PrefersPerson { get; set; }

    public DateTime CreatedUtc { get; set; }

    public int Version { get; set; }

    public List<CustomerPhone> Phones { get; set; } = [];

    public List<DeliveryAddress> DeliveryAddresses { get; set; } = [];

    public List<OwnedProduct> OwnedProducts { get; set; } = [];

    public List<HeldService> ServicesHeld { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";
}
