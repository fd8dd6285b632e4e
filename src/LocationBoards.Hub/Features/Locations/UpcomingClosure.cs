namespace LocationBoards.Hub.Features.Locations;

public sealed record UpcomingClosure(DateOnly Date, string Reason);
