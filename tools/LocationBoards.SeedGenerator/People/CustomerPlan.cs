namespace LocationBoards.SeedGenerator.People;

internal sealed record PhonePlan(string Number, string Label);

internal sealed record AddressPlan(string Label, string Street, string City, string Postcode, double Latitude, double Longitude);

internal sealed record OwnedPlan(string Sku, DateOnly AcquiredOn, string Serial);

/// <summary>One customer as written to customers.json, with the home point the history is routed from.</summary>
internal sealed class CustomerPlan
{
    public required string Ref { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public string? Email { get; init; }

    public List<PhonePlan> Phones { get; } = [];

    public required AddressPlan Billing { get; set; }

    public List<AddressPlan> DeliveryAddresses { get; } = [];

    public bool PrefersPerson { get; set; }

    public List<OwnedPlan> Owns { get; } = [];

    /// <summary>The location nearest home, which the customer's order volume was planned around.</summary>
    public required string HomeLocation { get; init; }

    public AddressPlan Home => DeliveryAddresses[0];
}
