namespace LocationBoards.Core.Sales;

/// <summary>Where a sale stands: Draft → Agreed → Submitted → Processed, or Refused with a reason.</summary>
public enum SaleStatus
{
    /// <summary>Being put together with the customer.</summary>
    Draft,

    /// <summary>The customer said yes to these items, this total and this payment (their name typed or signed).</summary>
    Agreed,

    /// <summary>Sent to the company; waiting for the automatic processing.</summary>
    Submitted,

    /// <summary>Priced, stock reserved, account updated and emails queued.</summary>
    Processed,

    /// <summary>Not processed, for the reason recorded; it can be copied into a new draft.</summary>
    Refused,
}
