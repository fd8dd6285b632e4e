namespace LocationBoards.Hub.Realtime;

/// <summary>What the hub sends to its clients (JS wall displays, other systems, tests).</summary>
public interface ILiveClient
{
    /// <summary>A board event of a location the client joined.</summary>
    Task BoardEvent(BoardEventMessage message);

    /// <summary>A change of an order the client watches.</summary>
    Task OrderChanged(BoardEventMessage message);
}
