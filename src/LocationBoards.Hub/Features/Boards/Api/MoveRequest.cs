using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Boards.Api;

/// <summary>A move on the board: which, against the version the caller saw, and why (for a cancel).</summary>
public sealed record MoveRequest(int ExpectedVersion, OrderMove Move, string? Reason);
