namespace LocationBoards.Hub.Features.Boards;

/// <summary>How a board event fits what a board has seen.</summary>
public enum EventFit
{
    Applied,
    AlreadySeen,
    Gap,
}
