namespace LocationBoards.Hub.Features.Boards;

public sealed record BoardCardLine(string Name, int Quantity);
