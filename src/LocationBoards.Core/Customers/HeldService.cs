namespace LocationBoards.Core.Customers;

/// <summary>
/// A service a customer holds, beside the products they own: what, from which location, and its terms (from the
/// day it starts; a fixed term's last day or a renewing term's renewal day; neither for a one-off service).
/// </summary>
public sealed class HeldService
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public int CatalogItemId { get; set; }

    /// <summary>The service's name when sold, so the account reads the same after the catalogue changes.</summary>
    public required string ServiceName { get; set; }

    public int Quantity { get; set; } = 1;

    /// <summary>The location that serves it (does the work, sends the subscription).</summary>
    public int ServingLocationId { get; set; }

    public DateOnly StartsOn { get; set; }

    /// <summary>The last day a fixed term covers; null for a renewing or one-off service.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>The day a renewing term starts again; null for a fixed-term or one-off service.</summary>
    public DateOnly? RenewsOn { get; set; }

    /// <summary>The sale line it was sold on, when it came from a field sale (unique when set).</summary>
    public long? SaleLineId { get; set; }
}
