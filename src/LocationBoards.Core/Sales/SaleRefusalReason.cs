namespace LocationBoards.Core.Sales;

/// <summary>Why a sale was refused rather than processed.</summary>
public enum SaleRefusalReason
{
    /// <summary>An item is out of stock everywhere able to supply it (the technician's home location for goods handed over now).</summary>
    OutOfStock,

    /// <summary>A line names an unknown or withdrawn item, or a quantity outside the limits.</summary>
    InvalidLine,

    /// <summary>The job is no longer On site with the sale's technician.</summary>
    JobNotOnSite,

    /// <summary>The catalogue's prices changed after the customer agreed, so the agreed total no longer holds.</summary>
    PricesChanged,

    /// <summary>The customer or the technician withdrew the sale before it was processed.</summary>
    Withdrawn,
}
