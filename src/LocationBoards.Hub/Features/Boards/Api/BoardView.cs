namespace LocationBoards.Hub.Features.Boards.Api;

/// <summary>A location's board as the API shows it: its cards and the sequence number they are current at.</summary>
public sealed record BoardView(int LocationId, string LocationName, long Sequence, IReadOnlyList<BoardCard> Cards);
