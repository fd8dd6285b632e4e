namespace LocationBoards.Core.Dispatch;

/// <summary>The last dispatch event number handed out: a single row (<see cref="SingleRowId"/>) for the one global sequence.</summary>
public sealed class DispatchSequence
{
    public const int SingleRowId = 1;

    public int Id { get; set; } = SingleRowId;

    public long LastSequence { get; set; }
}
