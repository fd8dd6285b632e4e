namespace LocationBoards.Hub.Features.Boards;

/// <summary>A board as it is at one sequence number: the location, and every card worth showing.</summary>
public sealed record BoardSnapshot(
    int LocationId,
    string LocationName,
    TimeZoneInfo TimeZone,
    int DueSoonMinutes,
    long Sequence,
    IReadOnlyList<BoardCard> Cards);
