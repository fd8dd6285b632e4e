namespace LocationBoards.Hub.Features.Boards;

/// <summary>How urgent a card looks: in colour and always in words too.</summary>
public enum CardUrgency
{
    OnTime,
    DueSoon,
    Late,
}
