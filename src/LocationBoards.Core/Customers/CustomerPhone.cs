namespace LocationBoards.Core.Customers;

/// <summary>A phone number of a customer. One number may belong to several customers of a household.</summary>
public sealed class CustomerPhone
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    /// <summary>Normalised E.164, e.g. "+15035550142" (see <see cref="PhoneNumber"/>).</summary>
    public required string Number { get; set; }

    public string Label { get; set; } = "mobile";
}
