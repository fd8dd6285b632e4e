namespace LocationBoards.Core.Sales;

/// <summary>Why the processing refuses a sale: the reason and what exactly was wrong (kept to <see cref="Sale.MaxNoteLength"/>).</summary>
public sealed record SaleRefusal
{
    public SaleRefusal(SaleRefusalReason reason, string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        Reason = reason;
        var trimmed = note.Trim();
        Note = trimmed.Length <= Sale.MaxNoteLength ? trimmed : string.Concat(trimmed.AsSpan(0, Sale.MaxNoteLength - 1), "…");
    }

    public SaleRefusalReason Reason { get; }

    public string Note { get; }

    /// <summary>The move that records this refusal on the sale.</summary>
    public SaleMove Move => SaleMove.Refuse(Reason, Note);

    public string Words => SaleWords.Refusal(Reason, Note);

    /// <summary>No location able to supply the item has <paramref name="quantity"/> of it, e.g. the technician's home location for goods handed over now.</summary>
    public static SaleRefusal OutOfStock(string itemName, int quantity, string where) =>
        new(SaleRefusalReason.OutOfStock, $"{quantity} × {itemName} {where}.");
}
