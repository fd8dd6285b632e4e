namespace LocationBoards.Hub.Features.Ordering;

/// <summary>A location a client at home may pick up from, with how far it is and whether it is open.</summary>
public sealed record PickupChoice(int LocationId, string Name, string Distance, bool OpenNow);
