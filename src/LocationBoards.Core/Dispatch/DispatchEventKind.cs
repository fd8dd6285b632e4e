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
}
