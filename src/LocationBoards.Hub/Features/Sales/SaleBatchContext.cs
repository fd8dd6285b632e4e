using LocationBoards.Core.Routing;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>What every sale of one writer batch shares: the time, the catalogue, the router and the locations' time zones.</summary>
internal sealed record SaleBatchContext(
    DateTime NowUtc, LocationRouter Router, IReadOnlyDictionary<int, string> TimeZoneIds)
{
    public TimeZoneInfo ZoneOf(int locationId) =>
        TimeZoneIds.TryGetValue(locationId, out var id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
