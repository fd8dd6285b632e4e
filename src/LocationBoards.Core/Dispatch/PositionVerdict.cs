namespace LocationBoards.Core.Dispatch;

/// <summary>What happens to a reported position, and why in plain words when it is not accepted.</summary>
public readonly record struct PositionVerdict(PositionOutcome Outcome, string? Why, TechnicianPosition? Position)
{
    public bool IsAccepted => Outcome == PositionOutcome.Accepted;

    public static PositionVerdict Accept(TechnicianPosition position) => new(PositionOutcome.Accepted, null, position);

    public static PositionVerdict Ignore(string why) => new(PositionOutcome.Ignored, why, null);

    public static PositionVerdict Refuse(string why) => new(PositionOutcome.Refused, why, null);
}
