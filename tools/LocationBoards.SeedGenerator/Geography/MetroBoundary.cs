using LocationBoards.Core.Geography;
using NetTopologySuite.Geometries;

namespace LocationBoards.SeedGenerator.Geography;

/// <summary>The covered area: the Portland–Vancouver–Hillsboro urban area, drawn by hand (longitude, latitude).</summary>
internal static class MetroBoundary
{
    private static readonly (double Lon, double Lat)[] Corners =
    [
        (-123.030, 45.470), (-122.930, 45.455), (-122.870, 45.420), (-122.830, 45.390), (-122.760, 45.385),
        (-122.680, 45.385), (-122.600, 45.380), (-122.500, 45.395), (-122.420, 45.430), (-122.370, 45.480),
        (-122.370, 45.545), (-122.430, 45.575), (-122.470, 45.595), (-122.460, 45.625), (-122.450, 45.690),
        (-122.560, 45.705), (-122.700, 45.705), (-122.720, 45.640), (-122.775, 45.610), (-122.800, 45.585),
        (-122.850, 45.570), (-122.880, 45.575), (-122.960, 45.565), (-123.030, 45.550), (-123.030, 45.470),
    ];

    public static Polygon Polygon { get; } = Geometries.Factory.CreatePolygon([.. Corners.Select(c => new Coordinate(c.Lon, c.Lat))]);
}
