namespace LocationBoards.Hub.Features.Locations;

/// <summary>One location at a glance, for the staff's and supervisors' "my locations" screen.</summary>
public sealed record LocationCard(
    int Id,
    string Name,
    string City,
    bool IsActive,
    OpeningState Opening,
    string TodayHours,
    int OpenOrders,
    int MaxOpenOrders,
    int OutOfStock)
{
    public bool IsFull => OpenOrders >= MaxOpenOrders;
}
