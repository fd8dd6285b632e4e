using LocationBoards.Hub.Realtime;

namespace LocationBoards.Hub.Features.Ordering.Writing;

/// <summary>What became of one order of a batch: its outcome and events to publish after commit, or the error that rolled it back.</summary>
internal sealed record WriteResult(
    PendingPlacement Pending,
    OrderOutcome? Outcome,
    BoardEventMessage? Event = null,
    DispatchEventMessage? JobEvent = null,
    Exception? Error = null);
