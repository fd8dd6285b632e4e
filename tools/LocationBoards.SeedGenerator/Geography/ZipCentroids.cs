namespace LocationBoards.SeedGenerator.Geography;

/// <summary>A ZIP code's postal city and the approximate centre of where people live in it.</summary>
internal sealed record ZipCentroid(string Zip, string City, double Latitude, double Longitude)
{
    private static readonly HashSet<string> WestOfWillamette =
    [
        "97201", "97204", "97205", "97209", "97210", "97219", "97221", "97225", "97229", "97239", "97005", "97006", "97007",
        "97008", "97123", "97124", "97223", "97224", "97034", "97035",
    ];

    public Region Region => Zip.StartsWith("98", StringComparison.Ordinal) ? Region.Washington
        : WestOfWillamette.Contains(Zip) ? Region.OregonWest : Region.OregonEast;
}

/// <summary>The metro's ZIP codes with hand-placed centres (approximate, to a few hundred metres).</summary>
internal static class ZipCentroids
{
    public static IReadOnlyList<ZipCentroid> All { get; } =
    [
        new("97201", "Portland", 45.5075, -122.6905), new("97202", "Portland", 45.4825, -122.6440),
        new("97203", "Portland", 45.5890, -122.7395), new("97204", "Portland", 45.5185, -122.6745),
        new("97205", "Portland", 45.5205, -122.6900), new("97206", "Portland", 45.4830, -122.5995),
        new("97209", "Portland", 45.5310, -122.6840), new("97210", "Portland", 45.5370, -122.7080),
        new("97211", "Portland", 45.5660, -122.6440), new("97212", "Portland", 45.5440, -122.6430),
        new("97213", "Portland", 45.5375, -122.6005), new("97214", "Portland", 45.5140, -122.6420),
        new("97215", "Portland", 45.5150, -122.6000), new("97216", "Portland", 45.5140, -122.5570),
        new("97217", "Portland", 45.5745, -122.6865), new("97218", "Portland", 45.5600, -122.6000),
        new("97219", "Portland", 45.4575, -122.7075), new("97220", "Portland", 45.5500, -122.5590),
        new("97221", "Portland", 45.4980, -122.7285), new("97225", "Portland", 45.5015, -122.7695),
        new("97227", "Portland", 45.5435, -122.6745), new("97229", "Portland", 45.5490, -122.8150),
        new("97230", "Portland", 45.5570, -122.5050), new("97232", "Portland", 45.5290, -122.6440),
        new("97233", "Portland", 45.5150, -122.4990), new("97236", "Portland", 45.4835, -122.5095),
        new("97239", "Portland", 45.4915, -122.6925), new("97266", "Portland", 45.4830, -122.5600),
        new("97005", "Beaverton", 45.4915, -122.8035), new("97006", "Beaverton", 45.5175, -122.8595),
        new("97007", "Beaverton", 45.4545, -122.8660), new("97008", "Beaverton", 45.4605, -122.8055),
        new("97123", "Hillsboro", 45.5100, -122.9800), new("97124", "Hillsboro", 45.5450, -122.9400),
        new("97223", "Tigard", 45.4400, -122.7760), new("97224", "Tigard", 45.4060, -122.7950),
        new("97034", "Lake Oswego", 45.4095, -122.6850), new("97035", "Lake Oswego", 45.4140, -122.7250),
        new("97222", "Milwaukie", 45.4410, -122.6170), new("97267", "Milwaukie", 45.4080, -122.6180),
        new("97015", "Clackamas", 45.4145, -122.5220), new("97086", "Happy Valley", 45.4450, -122.5310),
        new("97027", "Gladstone", 45.3880, -122.5930), new("97030", "Gresham", 45.5085, -122.4335),
        new("97080", "Gresham", 45.4790, -122.4080), new("97024", "Fairview", 45.5435, -122.4400),
        new("97060", "Troutdale", 45.5340, -122.3990),
        new("98660", "Vancouver", 45.6400, -122.6870), new("98661", "Vancouver", 45.6390, -122.6250),
        new("98662", "Vancouver", 45.6785, -122.5770), new("98663", "Vancouver", 45.6540, -122.6625),
        new("98664", "Vancouver", 45.6195, -122.5775), new("98665", "Vancouver", 45.6790, -122.6610),
        new("98682", "Vancouver", 45.6705, -122.4885), new("98683", "Vancouver", 45.6040, -122.5085),
        new("98684", "Vancouver", 45.6290, -122.5150),
    ];

    /// <summary>The ZIP whose centre is nearest (on the same side of the rivers), as a stand-in for real ZIP boundaries.</summary>
    public static ZipCentroid Nearest(double latitude, double longitude, Region region)
    {
        var cosLat = Math.Cos(latitude * Math.PI / 180);
        return All
            .Where(z => z.Region == region)
            .MinBy(z => Math.Pow(z.Latitude - latitude, 2) + Math.Pow((z.Longitude - longitude) * cosLat, 2))!;
    }
}
