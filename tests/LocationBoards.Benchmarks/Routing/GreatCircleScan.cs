using LocationBoards.Core.Geography;

namespace LocationBoards.Benchmarks.Routing;

/// <summary>The reference answer: every location's haversine great-circle distance, the smallest wins (lower index on a tie).</summary>
public static class GreatCircleScan
{
    public static int Nearest(GeoPoint[] points, GeoPoint origin)
    {
        ArgumentNullException.ThrowIfNull(points);
        var best = -1;
        var bestMetres = double.PositiveInfinity;
        for (var i = 0; i < points.Length; i++)
        {
            var metres = GreatCircle.DistanceMetres(origin, points[i]);
            if (metres < bestMetres)
            {
                best = i;
                bestMetres = metres;
            }
        }

        return best;
    }
}
