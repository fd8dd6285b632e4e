using System.Text.Json;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Geography.Gazetteer;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Seeding;

public class SeedGeographyTests(LoadedSeed seed) : IClassFixture<LoadedSeed>
{
    [Fact]
    public async Task Every_seed_address_resolves_in_the_gazetteer_and_lies_inside_a_service_area()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var gazetteer = new Gazetteer(await db.StreetSegments.AsNoTracking().ToListAsync(), await db.PostcodeAreas.AsNoTracking().ToListAsync());
        var areas = (await db.Locations.Select(l => l.ServiceAreaGeoJson).ToListAsync()).Select(ServiceArea.Parse).ToList();
        var customers = await db.Customers.Include(c => c.DeliveryAddresses).AsNoTracking().ToListAsync();
        var addresses = customers.Select(c => c.BillingAddress).Concat(customers.SelectMany(c => c.DeliveryAddresses.Select(a => a.Address))).ToList();

        Assert.True(addresses.Count >= 200);
        Assert.All(addresses, address =>
        {
            var result = gazetteer.Resolve(address);
            Assert.True(result.Method == AddressResolution.StreetInterpolation, $"{address} resolved by {result.Method}");
            Assert.Contains(areas, a => a.Contains(result.Point!.Value));
        });
        Assert.All(customers.SelectMany(c => c.DeliveryAddresses), a => Assert.Contains(areas, area => area.Contains(a.Position)));
    }

    [Fact]
    public async Task Location_addresses_resolve_to_their_points()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var gazetteer = new Gazetteer(await db.StreetSegments.AsNoTracking().ToListAsync(), await db.PostcodeAreas.AsNoTracking().ToListAsync());

        foreach (var location in await db.Locations.AsNoTracking().ToListAsync())
        {
            var result = gazetteer.Resolve(location.Street, location.City, location.Postcode);
            Assert.Equal(AddressResolution.StreetInterpolation, result.Method);
            Assert.True(GreatCircle.DistanceMetres(result.Point!.Value, location.Position) < 50, $"{location.Code} is placed away from its address");
            Assert.True(ServiceArea.Parse(location.ServiceAreaGeoJson).Contains(location.Position), $"{location.Code} is outside its own area");
        }
    }

    [Fact]
    public async Task Service_areas_together_cover_the_area_boundary()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        using var area = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SeedHarness.RealSeedFolder, "area.json")));
        var boundary = ServiceArea.Parse(area.RootElement.GetProperty("boundary").GetRawText()).Geometry;

        var union = Geometries.Factory
            .BuildGeometry((await db.Locations.Select(l => l.ServiceAreaGeoJson).ToListAsync()).Select(g => ServiceArea.Parse(g).Geometry))
            .Union();

        Assert.True(union.Covers(boundary), "Some of the area is outside every service area.");
    }

    [Fact]
    public async Task The_seed_gazetteer_suggests_addresses_as_a_client_types()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var gazetteer = new Gazetteer(await db.StreetSegments.AsNoTracking().ToListAsync(), await db.PostcodeAreas.AsNoTracking().ToListAsync());

        var suggestions = gazetteer.Suggest("3214 se haw", 5);

        Assert.Equal("3214 SE Hawthorne Blvd, Portland 97214", suggestions[0].Text);
    }
}
