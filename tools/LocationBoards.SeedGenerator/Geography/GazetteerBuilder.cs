using LocationBoards.Core.Geography;
using LocationBoards.Core.Geography.Gazetteer;
using NetTopologySuite.Geometries;

namespace LocationBoards.SeedGenerator.Geography;

/// <summary>
/// Cuts every planned street into stretches of at most 500 house numbers (five blocks), places both ends by
/// interpolating between the street's anchors, gives each stretch the ZIP whose centre is nearest its middle,
/// and keeps only stretches that lie inside the metro boundary.
/// </summary>
internal static class GazetteerBuilder
{
    private const int Stretch = 500;

    public static IReadOnlyList<StreetSegment> Build(IEnumerable<StreetPlan> plans, Polygon boundary)
    {
        var segments = new List<StreetSegment>();
        foreach (var plan in plans)
        {
            var first = plan.Anchors[0].Number;
            var last = plan.Anchors[^1].Number;
            for (var from = first; from <= last;)
            {
                var to = Math.Min(last, (((from / Stretch) + 1) * Stretch) - 1);
                if (to > from)
                {
                    var (fromLat, fromLon) = Position(plan, from);
                    var (toLat, toLon) = Position(plan, to);
                    var zip = ZipCentroids.Nearest((fromLat + toLat) / 2, (fromLon + toLon) / 2, plan.Region);
                    if (Inside(boundary, fromLat, fromLon) && Inside(boundary, toLat, toLon))
                    {
                        segments.Add(new StreetSegment
                        {
                            Street = plan.Name,
                            City = zip.City,
                            Postcode = zip.Zip,
                            FromNumber = from,
                            ToNumber = to,
                            FromLatitude = Math.Round(fromLat, 6),
                            FromLongitude = Math.Round(fromLon, 6),
                            ToLatitude = Math.Round(toLat, 6),
                            ToLongitude = Math.Round(toLon, 6),
                        });
                    }
                }

                from = to + 1;
            }
        }

        return segments;
    }

    private static bool Inside(Polygon boundary, double lat, double lon) =>
        boundary.Covers(Geometries.ToPoint(new GeoPoint(lat, lon)));

    private static (double Lat, double Lon) Position(StreetPlan plan, int number)
    {
        var anchors = plan.Anchors;
        for (var i = 1; i < anchors.Count; i++)
        {
            if (number <= anchors[i].Number || i == anchors.Count - 1)
            {
                var a = anchors[i - 1];
                var b = anchors[i];
                var t = b.Number == a.Number ? 0 : (number - a.Number) / (double)(b.Number - a.Number);
                return (a.Latitude + ((b.Latitude - a.Latitude) * t), a.Longitude + ((b.Longitude - a.Longitude) * t));
            }
        }

        return (anchors[0].Latitude, anchors[0].Longitude);
    }
}
