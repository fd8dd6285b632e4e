namespace LocationBoards.Hub.Features.Boards;

/// <summary>The last move this board made, which may still be taken back until <see cref="UntilUtc"/>.</summary>
public sealed record UndoOffer(BoardCard Card, string Words, DateTime UntilUtc);
