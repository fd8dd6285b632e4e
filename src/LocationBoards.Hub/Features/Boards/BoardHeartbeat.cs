namespace LocationBoards.Hub.Features.Boards;

/// <summary>
/// How often an open board hears from the server when no orders arrive, and how long a silence the
/// browser tolerates before it says the board is offline. One place, so the two always agree.
/// </summary>
public static class BoardHeartbeat
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(4);

    /// <summary>Two missed beats and a margin: the browser then dims the board and says since when.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(10);

    /// <summary>Every this many beats the board asks the store for its last sequence, in case the bus dropped an event.</summary>
    public const int StoreCheckEveryBeats = 8;

    /// <summary>How long a card that arrived while the board was open stays highlighted.</summary>
    public static readonly TimeSpan NewFor = TimeSpan.FromMinutes(2);
}
