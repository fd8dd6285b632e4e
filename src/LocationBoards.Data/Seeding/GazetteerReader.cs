using LocationBoards.Core.Geography.Gazetteer;

namespace LocationBoards.Data.Seeding;

/// <summary>gazetteer/streets.csv and gazetteer/postcodes.csv.</summary>
internal static class GazetteerReader
{
    public static IReadOnlyList<StreetSegment> Streets(string folder) =>
        [.. SeedCsvReader.Read(folder, SeedFiles.Streets, ["street", "city", "postcode", "from_number", "to_number", "from_lat", "from_lon", "to_lat", "to_lon"])
            .Select(row => new StreetSegment
            {
                Street = row.Text("street"),
                City = row.Text("city"),
                Postcode = row.Text("postcode"),
                FromNumber = row.Integer("from_number", 0, 999_999),
                ToNumber = row.Integer("to_number", 0, 999_999),
                FromLatitude = row.Number("from_lat", -90, 90),
                FromLongitude = row.Number("from_lon", -180, 180),
                ToLatitude = row.Number("to_lat", -90, 90),
                ToLongitude = row.Number("to_lon", -180, 180),
            })];

    public static IReadOnlyList<PostcodeArea> Postcodes(string folder)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. SeedCsvReader.Read(folder, SeedFiles.Postcodes, ["postcode", "city", "lat", "lon"]).Select(row =>
        {
            var postcode = row.Text("postcode");
            return seen.Add(postcode)
                ? new PostcodeArea { Postcode = postcode, City = row.Text("city"), Latitude = row.Number("lat", -90, 90), Longitude = row.Number("lon", -180, 180) }
                : throw row.Problem("postcode", $"\"{postcode}\" appears twice");
        })];
    }
}
