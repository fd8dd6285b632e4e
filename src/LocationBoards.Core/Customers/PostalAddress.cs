namespace LocationBoards.Core.Customers;

/// <summary>A street address as the client writes it.</summary>
public sealed record PostalAddress
{
    public required string Street { get; init; }

    public required string City { get; init; }

    public required string Postcode { get; init; }

    public override string ToString() => $"{Street}, {City} {Postcode}";
}
