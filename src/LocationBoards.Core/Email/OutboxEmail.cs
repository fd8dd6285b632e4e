namespace LocationBoards.Core.Email;

/// <summary>
/// An email written in the business transaction that causes it and sent afterwards by the background sender, which
/// retries with back-off (<see cref="OutboxRetryPolicy"/>). Delivery is at least once with a stable
/// <see cref="MessageId"/>: a retry after a crash between the server's acceptance and <see cref="SentUtc"/> being
/// recorded carries the same Message-ID, so a receiver can drop the repeat.
/// </summary>
public sealed class OutboxEmail
{
    public const int MaxAddressLength = 256;

    public const int MaxNameLength = 120;

    public const int MaxSubjectLength = 200;

    public const int MaxErrorLength = 1000;

    public long Id { get; set; }

    /// <summary>The Message-ID header, angle brackets included, e.g. "&lt;3f2a…@locationboards.local&gt;" (unique).</summary>
    public required string MessageId { get; set; }

    public OutboxEmailKind Kind { get; set; }

    /// <summary>The sale the message tells about, for the sale kinds.</summary>
    public long? SaleId { get; set; }

    public required string ToAddress { get; set; }

    public string? ToName { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public required string HtmlBody { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>How many times sending was tried (and failed, or was cut short).</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this time: the creation time at first, then the back-off after each failure (or a sender's claim).</summary>
    public DateTime NextAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>Given up after too many attempts or a permanent refusal; shown to admins.</summary>
    public bool FailedPermanently { get; set; }

    /// <summary>The last failure as the mail server or the pickup folder gave it (shortened).</summary>
    public string? LastError { get; set; }

    /// <summary>Application-managed concurrency token: a sender claims a message by bumping it, so two senders never both send it.</summary>
    public int Version { get; set; }

    public bool IsPending => SentUtc is null && !FailedPermanently;
}
