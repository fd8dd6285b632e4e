using LocationBoards.Hub.Features.Locations;

namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>One line of the admin's location grid.</summary>
public sealed record LocationRow(
    int Id,
    string Name,
    string City,
    OpeningState Opening,
    string TodayHours,
    int MaxOpenOrders,
    int OpenOrders,
    int ServicesOffered,
    bool IsActive);
