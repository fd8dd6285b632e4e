namespace LocationBoards.Core.Boards;

/// <summary>
/// One change on a location's board, numbered per location without gaps. Written in the same
/// transaction as the change; a board that missed some asks for the events after the last it saw.
/// </summary>
public sealed class BoardEvent
{
    public int LocationId { get; set; }

    public long Sequence { get; set; }

    public BoardEventKind Kind { get; set; }

    public long OrderId { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary>The card as it is after the change (JSON), so a board can apply the event without a query.</summary>
    public required string PayloadJson { get; set; }
}
