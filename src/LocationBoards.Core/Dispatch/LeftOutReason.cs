namespace LocationBoards.Core.Dispatch;

/// <summary>Why a technician is left out of the suggestions for a job, or needs an override to be deployed to it.</summary>
public enum LeftOutReason
{
    NotActive,
    OffShift,
    OnSiteElsewhere,
    EnRouteElsewhere,
    NoPosition,
    PositionStale,
    LacksSkill,

    /// <summary>Already the job's technician (when looking for someone to reassign it to).</summary>
    AlreadyOnThisJob,
}
