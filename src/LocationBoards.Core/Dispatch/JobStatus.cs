namespace LocationBoards.Core.Dispatch;

/// <summary>Where a field job stands, in order, plus Cancelled out of the way.</summary>
public enum JobStatus
{
    /// <summary>Reported, nobody sent yet.</summary>
    New,

    /// <summary>A technician has it in their list and has not set off.</summary>
    Assigned,

    /// <summary>The technician is on the way.</summary>
    EnRoute,

    /// <summary>The technician has arrived at the customer's place.</summary>
    OnSite,
    Done,
    Cancelled,
}
