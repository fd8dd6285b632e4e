namespace LocationBoards.Core.Ordering;

/// <summary>
/// The first result of a submission, kept under its idempotency key so a retry gets the same answer
/// and creates nothing. The scope separates callers (a user, a kiosk, the phone line).
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Scope { get; set; }

    public required string Key { get; set; }

    /// <summary>A hash of the request body: the same key with another body is refused.</summary>
    public required string RequestHash { get; set; }

    public long? OrderId { get; set; }

    /// <summary>The field job the first request made (job submissions share the same rules as orders).</summary>
    public long? JobId { get; set; }

    /// <summary>The sale the first request made or moved (sale submissions share the same rules as orders).</summary>
    public long? SaleId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }
}
