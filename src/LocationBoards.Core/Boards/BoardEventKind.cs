namespace LocationBoards.Core.Boards;

public enum BoardEventKind
{
    OrderPlaced,
    OrderMoved,
    OrderCancelled,
}
