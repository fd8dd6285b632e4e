using LocationBoards.Core.Locations;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>Fulfilment locations made for one test.</summary>
public static class TestLocations
{
    public const string SquareAroundDowntownPortland =
        """{"type":"Polygon","coordinates":[[[-122.75,45.45],[-122.55,45.45],[-122.55,45.60],[-122.75,45.60],[-122.75,45.45]]]}""";

    public static async Task<FulfilmentLocation> AddAsync(
        IDbContextFactory<AppDbContext> store, string name = "Test Store", double latitude = 45.5231, double longitude = -122.6765)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = await store.CreateDbContextAsync();
        var location = new FulfilmentLocation
        {
            Code = $"test-{Guid.NewGuid():N}"[..20],
            Name = name,
            Street = "1 SW Test St",
            City = "Portland",
            Postcode = "97204",
            Latitude = latitude,
            Longitude = longitude,
            ServiceAreaGeoJson = SquareAroundDowntownPortland,
            TimeZoneId = "America/Los_Angeles",
            MaxOpenOrders = 20,
            OpeningIntervals = [.. Enum.GetValues<DayOfWeek>().Select(OpeningInterval.AllDay)],
        };
        db.Locations.Add(location);
        await db.SaveChangesAsync();
        return location;
    }
}
