namespace LocationBoards.Hub.Features.Boards;

/// <summary>Whether a board chimes for new orders. Browsers refuse sound until someone has touched the page.</summary>
public enum SoundState
{
    Off,
    On,

    /// <summary>Asked for, but the browser will not play yet (nobody has touched this page since it loaded).</summary>
    Blocked,
}
