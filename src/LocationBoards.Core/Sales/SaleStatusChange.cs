namespace LocationBoards.Core.Sales;

/// <summary>One line of a sale's status history: who moved it, when, from where to where, and any note or reason.</summary>
public sealed class SaleStatusChange
{
    public long Id { get; set; }

    public long SaleId { get; set; }

    /// <summary>Null for the line that records the draft's creation.</summary>
    public SaleStatus? From { get; set; }

    public SaleStatus To { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>A user id, or <see cref="SaleStateMachine.ProcessingActor"/> for the automatic processing.</summary>
    public required string By { get; set; }

    /// <summary>The refusal in words, where the draft was copied from, or why an agreement was set aside.</summary>
    public string? Note { get; set; }
}
