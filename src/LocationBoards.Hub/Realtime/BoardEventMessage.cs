using LocationBoards.Core.Boards;
using LocationBoards.Hub.Features.Boards;

namespace LocationBoards.Hub.Realtime;

/// <summary>A committed board event as it travels to boards and watchers: its location's sequence number and the card after the change.</summary>
public sealed record BoardEventMessage(int LocationId, long Sequence, BoardEventKind Kind, long OrderId, DateTime OccurredUtc, BoardCard Card);
