using System.Globalization;
using System.Text.Json;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Locations;

namespace LocationBoards.Data.Seeding;

/// <summary>area.json, locations.geojson and service-areas.geojson.</summary>
internal static class PlacesReader
{
    public static (string Name, TimeZoneInfo TimeZone) Area(string folder)
    {
        var area = SeedFiles.ReadJson<AreaRecord>(folder, SeedFiles.Area);
        var timeZone = TimeZoneById(area.TimeZone) ?? throw SeedDataException.AtPath(SeedFiles.Area, "$", "timeZone", $"\"{area.TimeZone}\" is not an IANA time zone");
        if (!ServiceArea.TryParse(area.Boundary.GetRawText(), out _, out var error))
        {
            throw SeedDataException.AtPath(SeedFiles.Area, "$", "boundary", error);
        }

        return (area.Name, timeZone);
    }

    public static IReadOnlyList<LocationSeed> Locations(string folder, IReadOnlyDictionary<string, CatalogItem> catalog)
    {
        const string file = SeedFiles.Locations;
        using var document = SeedFiles.ReadDocument(folder, file);
        var seeds = new List<LocationSeed>();
        var index = 0;
        foreach (var feature in Features(document, SeedFiles.Locations))
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.features[{index++}]");
            var p = SeedFiles.ReadElement<LocationProperties>(SeedFiles.Locations, Property(file, feature, "properties", path), path + ".properties");
            var where = $"{path} ({p.Code})";
            if (p.Code.Length is 0 or > 40 || seeds.Exists(s => s.Location.Code == p.Code))
            {
                throw SeedDataException.AtPath(SeedFiles.Locations, where, "properties.code", "is empty, longer than 40 characters, or used twice");
            }

            var (lat, lon) = Point(Property(file, feature, "geometry", path), where);
            var location = new FulfilmentLocation
            {
                Code = p.Code,
                Name = p.Name,
                Street = p.Street,
                City = p.City,
                Postcode = p.Postcode,
                Latitude = lat,
                Longitude = lon,
                TimeZoneId = TimeZoneById(p.TimeZone)?.Id
                    ?? throw SeedDataException.AtPath(SeedFiles.Locations, where, "properties.timeZone", $"\"{p.TimeZone}\" is not an IANA time zone"),
                MaxOpenOrders = p.MaxOpenOrders is > 0 and <= 100_000
                    ? p.MaxOpenOrders
                    : throw SeedDataException.AtPath(SeedFiles.Locations, where, "properties.maxOpenOrders", "must be at least 1"),
                ServiceAreaGeoJson = string.Empty,
            };
            location.OpeningIntervals.AddRange(Hours(p.Hours, where));
            foreach (var closure in p.Closures)
            {
                if (!DateOnly.TryParseExact(closure.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    || location.Closures.Exists(c => c.Date == date))
                {
                    throw SeedDataException.AtPath(SeedFiles.Locations, where, "properties.closures.date", $"\"{closure.Date}\" is not a date like 2026-12-25, or is given twice");
                }

                location.Closures.Add(new DatedClosure { Date = date, Reason = closure.Reason });
            }

            var services = p.Services.Select(sku => catalog.TryGetValue(sku, out var item) && item.Kind == CatalogItemKind.Service
                ? item
                : throw SeedDataException.AtPath(SeedFiles.Locations, where, "properties.services", $"\"{sku}\" is not a service in {SeedFiles.Catalog}")).Distinct().ToList();
            seeds.Add(new LocationSeed(location, services));
        }

        return seeds.Count > 0 ? seeds : throw SeedDataException.InFile(SeedFiles.Locations, "there are no locations");
    }

    /// <summary>Sets each location's service area (several features of one location are joined).</summary>
    public static void ServiceAreas(string folder, IReadOnlyDictionary<string, FulfilmentLocation> locations)
    {
        const string file = SeedFiles.ServiceAreas;
        using var document = SeedFiles.ReadDocument(folder, file);
        var areas = new Dictionary<string, List<NetTopologySuite.Geometries.Geometry>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var feature in Features(document, SeedFiles.ServiceAreas))
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.features[{index++}]");
            var p = SeedFiles.ReadElement<ServiceAreaProperties>(SeedFiles.ServiceAreas, Property(file, feature, "properties", path), path + ".properties");
            if (!locations.ContainsKey(p.Location))
            {
                throw SeedDataException.AtPath(SeedFiles.ServiceAreas, path, "properties.location", $"\"{p.Location}\" is not a location code in {SeedFiles.Locations}");
            }

            if (!ServiceArea.TryParse(Property(file, feature, "geometry", path).GetRawText(), out var area, out var error))
            {
                throw SeedDataException.AtPath(SeedFiles.ServiceAreas, path, "geometry", error);
            }

            areas.TryAdd(p.Location, []);
            areas[p.Location].Add(area.Geometry);
        }

        foreach (var (code, location) in locations)
        {
            if (!areas.TryGetValue(code, out var parts))
            {
                throw SeedDataException.InFile(SeedFiles.ServiceAreas, $"location \"{code}\" has no service area");
            }

            var geometry = parts.Count == 1 ? parts[0] : Geometries.Factory.BuildGeometry(parts).Union();
            location.ServiceAreaGeoJson = ServiceArea.ToGeoJson(geometry);
        }
    }

    private static IEnumerable<OpeningInterval> Hours(Dictionary<string, JsonElement> hours, string where) =>
        WeeklyRanges.Read(SeedFiles.Locations, where, "properties.hours", hours)
            .Select(r => r.AllDay ? OpeningInterval.AllDay(r.Day) : OpeningInterval.Between(r.Day, r.Starts, r.Ends));

    private static (double Lat, double Lon) Point(JsonElement geometry, string where)
    {
        if (geometry.ValueKind == JsonValueKind.Object
            && geometry.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Point"
            && geometry.TryGetProperty("coordinates", out var c) && c.ValueKind == JsonValueKind.Array && c.GetArrayLength() >= 2
            && c[0].ValueKind == JsonValueKind.Number && c[1].ValueKind == JsonValueKind.Number
            && GeoPoint.IsValid(c[1].GetDouble(), c[0].GetDouble()))
        {
            return (c[1].GetDouble(), c[0].GetDouble());
        }

        throw SeedDataException.AtPath(SeedFiles.Locations, where, "geometry", "must be a GeoJSON Point with coordinates [longitude, latitude]");
    }

    private static JsonElement.ArrayEnumerator Features(JsonDocument document, string file) =>
        document.RootElement.ValueKind == JsonValueKind.Object
        && document.RootElement.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array
            ? features.EnumerateArray()
            : throw SeedDataException.AtPath(file, "$", "features", "must be a GeoJSON FeatureCollection with a features array");

    private static JsonElement Property(string file, JsonElement element, string name, string path) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw SeedDataException.AtPath(file, path, name, "is missing");

    private static TimeZoneInfo? TimeZoneById(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
