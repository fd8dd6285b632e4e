namespace LocationBoards.Core.Dispatch;

/// <summary>What dispatchers and technicians do to a field job.</summary>
public enum JobMoveKind
{
    /// <summary>New → Assigned, to a technician (a dispatcher's move).</summary>
    Assign,

    /// <summary>Assigned → En route: the technician sets off.</summary>
    Start,

    /// <summary>En route → On site: the technician has arrived.</summary>
    Arrive,

    /// <summary>On site → Done.</summary>
    Complete,

    /// <summary>Out of the way, with a reason, from any state before Done.</summary>
    Cancel,

    /// <summary>Assigned, En route or On site → Assigned, to another technician.</summary>
    Reassign,
}
