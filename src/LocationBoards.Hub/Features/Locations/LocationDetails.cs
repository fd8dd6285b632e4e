namespace LocationBoards.Hub.Features.Locations;

/// <summary>Everything a location's staff need to know about it until the live board arrives.</summary>
public sealed record LocationDetails(
    int Id,
    string Name,
    string Street,
    string City,
    string Postcode,
    string TimeZoneId,
    bool IsActive,
    OpeningState Opening,
    IReadOnlyList<WeekdayHours> Week,
    IReadOnlyList<UpcomingClosure> UpcomingClosures,
    IReadOnlyList<string> Services,
    int OpenOrders,
    int MaxOpenOrders,
    IReadOnlyList<StockLine> Stock);
