namespace LocationBoards.Core.Dispatch;

public enum PositionOutcome
{
    /// <summary>Becomes the technician's latest position.</summary>
    Accepted,

    /// <summary>A repeat or an older position arriving late: not an error, but not applied.</summary>
    Ignored,

    /// <summary>Not a position we can take: out of range, from the future, or for someone else.</summary>
    Refused,
}
