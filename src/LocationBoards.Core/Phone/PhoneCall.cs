namespace LocationBoards.Core.Phone;

/// <summary>
/// One call on the automated phone line, keyed by the provider's call id. The conversation's state
/// lives here between the provider's requests, so any hub node can answer the next one.
/// </summary>
public sealed class PhoneCall
{
    public required string CallSid { get; set; }

    /// <summary>The caller's number (E.164) as caller ID gave it; not logged.</summary>
    public required string From { get; set; }

    /// <summary>The number the caller dialled (E.164).</summary>
    public required string To { get; set; }

    public PhoneCallStage Stage { get; set; }

    public int? CustomerId { get; set; }

    /// <summary>Customers sharing the caller's number, in the order they were offered ("press 1 for Ann").</summary>
    public string HouseholdCustomerIds { get; set; } = string.Empty;

    /// <summary>Which usual item is being offered when reading them one by one.</summary>
    public int UsualItemIndex { get; set; }

    /// <summary>Chosen items as "itemId*quantity;itemId*quantity".</summary>
    public string Cart { get; set; } = string.Empty;

    /// <summary>The speed-dial code being confirmed, if any.</summary>
    public string? SpeedDialCode { get; set; }

    /// <summary>How many times this call has tried to place an order (part of its idempotency key).</summary>
    public int PlacingAttempt { get; set; }

    public long? OrderId { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    public int Version { get; set; }
}
