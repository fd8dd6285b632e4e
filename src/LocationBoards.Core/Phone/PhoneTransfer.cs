namespace LocationBoards.Core.Phone;

/// <summary>A call handed from the automated line to a person, kept for the support console and admins.</summary>
public sealed class PhoneTransfer
{
    public long Id { get; set; }

    public required string CallSid { get; set; }

    /// <summary>The caller's number, for calling back.</summary>
    public required string Caller { get; set; }

    public int? CustomerId { get; set; }

    public PhoneTransferReason Reason { get; set; }

    public DateTime TransferredUtc { get; set; }
}
