namespace LocationBoards.Core.Dispatch;

public enum DispatchEventKind
{
    JobCreated,
    JobAssigned,

    /// <summary>Started, arrived or completed.</summary>
    JobMoved,
    JobCancelled,

    /// <summary>Sent back to Assigned with another technician; the payload names both.</summary>
    JobReassigned,

    /// <summary>A technician started a sale on their job (a new draft, or a refused sale copied); the event carries its sale id.</summary>
    SaleDrafted,

    /// <summary>A sale's lines or payment changed (an agreed sale goes back to a draft).</summary>
    SaleUpdated,
    SaleAgreed,
    SaleSubmitted,
    SaleProcessed,
    SaleRefused,
}
