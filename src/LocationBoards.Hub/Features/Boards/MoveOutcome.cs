namespace LocationBoards.Hub.Features.Boards;

/// <summary>What happened to a move on the board. Only <see cref="Moved"/> changed anything.</summary>
public abstract record MoveOutcome
{
    private MoveOutcome()
    {
    }

    public sealed record Moved(BoardCard Card) : MoveOutcome;

    /// <summary>Someone else moved the card first; here it is as it is now.</summary>
    public sealed record Stale(BoardCard Card, string Message) : MoveOutcome;

    /// <summary>The state machine does not allow it (the card as it is, and why).</summary>
    public sealed record Refused(BoardCard? Card, string Message) : MoveOutcome;

    /// <summary>No such order, or one the caller may not see (they look the same).</summary>
    public sealed record NotFound : MoveOutcome;
}
