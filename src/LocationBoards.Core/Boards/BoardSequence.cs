namespace LocationBoards.Core.Boards;

/// <summary>The last board event number handed out for a location.</summary>
public sealed class BoardSequence
{
    public int LocationId { get; set; }

    public long LastSequence { get; set; }
}
