namespace LocationBoards.Core.Sales;

/// <summary>
/// Something a customer asks a technician for on site (a product or a service), recorded against the job the
/// technician is on. Moved through its states only by <see cref="SaleStateMachine"/>, which keeps the status history.
/// </summary>
public sealed class Sale
{
    public const int MaxAgreedNameLength = 120;

    /// <summary>Room for the strokes of a signature drawn on screen, as SVG path data.</summary>
    public const int MaxSignatureLength = 20_000;

    public const int MaxPaymentReferenceLength = 60;

    public const int MaxNoteLength = 300;

    public long Id { get; set; }

    /// <summary>
    /// Made by the client that started the draft (the technician's phone or the dispatcher's console), so a draft
    /// sent again after the link comes back is still one sale (unique).
    /// </summary>
    public Guid ClientKey { get; set; }

    public SaleChannel Channel { get; set; }

    public long JobId { get; set; }

    /// <summary>The job's customer: a sale is recorded only for the customer of the job its technician has On site.</summary>
    public int CustomerId { get; set; }

    /// <summary>The technician the sale was made for; their supervisor is the sale's supervisor, whoever typed it in.</summary>
    public int TechnicianId { get; set; }

    /// <summary>The user who recorded it: the technician, or the dispatcher who took it over the phone.</summary>
    public required string SellerUserId { get; set; }

    public SaleStatus Status { get; set; } = SaleStatus.Draft;

    /// <summary>Null while the draft has no payment chosen; required to agree.</summary>
    public SalePaymentMethod? PaymentMethod { get; set; }

    /// <summary>The cheque number, or a cash receipt number; nothing for a charge to the account.</summary>
    public string? PaymentReference { get; set; }

    /// <summary>The name the customer typed (or the technician typed for them) to agree.</summary>
    public string? AgreedName { get; set; }

    /// <summary>The customer's signature drawn on screen, as SVG path data, when they signed.</summary>
    public string? Signature { get; set; }

    public DateTime? AgreedUtc { get; set; }

    /// <summary>The total the customer agreed to; processing refuses the sale if the catalogue's total differs.</summary>
    public long? AgreedTotalMinor { get; set; }

    /// <summary>The lines' total as last priced from the catalogue (a preview for a draft, final once processed).</summary>
    public long TotalMinor { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    /// <summary>When the sale was processed or refused; the dispatcher's panel keeps it in view for a while after.</summary>
    public DateTime? FinishedUtc { get; set; }

    public SaleRefusalReason? RefusalReason { get; set; }

    /// <summary>What exactly was wrong, e.g. which item was out of stock.</summary>
    public string? RefusalNote { get; set; }

    /// <summary>The refused sale this draft was copied from.</summary>
    public long? CopiedFromSaleId { get; set; }

    /// <summary>The order the processing placed for the lines to be delivered, if any.</summary>
    public long? DeliveryOrderId { get; set; }

    /// <summary>Application-managed concurrency token (SQLite cannot generate row versions), bumped on every change.</summary>
    public int Version { get; set; }

    public List<SaleLine> Lines { get; set; } = [];

    public List<SaleStatusChange> History { get; set; } = [];

    public SalePayment? Payment => PaymentMethod is { } method ? new SalePayment(method, PaymentReference) : null;

    public Money Total => new(TotalMinor);

    /// <summary>From Draft until it is processed or refused: the technician shows as selling.</summary>
    public bool IsInProgress => Status is SaleStatus.Draft or SaleStatus.Agreed or SaleStatus.Submitted;

    public bool IsFinished => Status is SaleStatus.Processed or SaleStatus.Refused;
}
