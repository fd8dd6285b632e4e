using LocationBoards.Core.Geography;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>
/// A plausible drive between two points: a staircase of legs along parallels and meridians, as streets on a grid run,
/// rather than a straight line across blocks. Every distance is great-circle; degrees only place the corners.
/// </summary>
public sealed class RoadLikePath
{
    /// <summary>Roughly how long one east–west plus north–south step of the staircase is.</summary>
    public const double BlockMetres = 700;

    private const int MostSteps = 5;
    private const double DegreesToRadians = Math.PI / 180.0;

    private RoadLikePath(IReadOnlyList<GeoPoint> corners, GeoPoint destination)
    {
        Corners = corners;
        Destination = destination;
    }

    /// <summary>The points still to pass, in order; the last is the destination (empty once arrived).</summary>
    public IReadOnlyList<GeoPoint> Corners { get; }

    public GeoPoint Destination { get; }

    /// <summary>A staircase from one point to another, with legs of random length drawn from <paramref name="random"/>.</summary>
    public static RoadLikePath Plan(GeoPoint from, GeoPoint to, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var distance = GreatCircle.DistanceMetres(from, to);
        if (distance < 1)
        {
            return new RoadLikePath([to], to);
        }

        var steps = Math.Clamp((int)Math.Round(distance / BlockMetres), 1, MostSteps);
        var latitudeShares = Shares(steps, random);
        var longitudeShares = Shares(steps, random);
        var eastWestFirst = random.Next(2) == 0;
        var deltaLatitude = to.Latitude - from.Latitude;
        var deltaLongitude = Wrapped(to.Longitude - from.Longitude);
        var corners = new List<GeoPoint>();
        var (latitude, longitude) = (from.Latitude, from.Longitude);
        for (var i = 0; i < steps; i++)
        {
            for (var leg = 0; leg < 2; leg++)
            {
                if ((leg == 0) == eastWestFirst)
                {
                    longitude = Wrapped(longitude + (deltaLongitude * longitudeShares[i]));
                }
                else
                {
                    latitude = Math.Clamp(latitude + (deltaLatitude * latitudeShares[i]), -90, 90);
                }

                corners.Add(new GeoPoint(latitude, longitude));
            }
        }

        // The last corner is the destination exactly, whatever the rounding; legs of no length are dropped.
        var kept = new List<GeoPoint>(corners.Count);
        var previous = from;
        foreach (var corner in corners.Take(corners.Count - 1))
        {
            if (GreatCircle.DistanceMetres(previous, corner) >= 0.01)
            {
                kept.Add(corner);
                previous = corner;
            }
        }

        kept.Add(to);
        return new RoadLikePath(kept, to);
    }

    /// <summary>A straight (great-circle) path, for a destination a few steps away.</summary>
    public static RoadLikePath Straight(GeoPoint to) => new([to], to);

    /// <summary>Walks the given distance from the position along the path; stops at the destination, never past it.</summary>
    public PathProgress Walk(GeoPoint position, double metres)
    {
        var left = Math.Max(0, double.IsFinite(metres) ? metres : 0);
        var at = position;
        var next = 0;
        while (next < Corners.Count)
        {
            var toCorner = GreatCircle.DistanceMetres(at, Corners[next]);
            if (toCorner > left)
            {
                at = Toward(at, Corners[next], left);
                break;
            }

            left -= toCorner;
            at = Corners[next];
            next++;
        }

        return new PathProgress(at, new RoadLikePath([.. Corners.Skip(next)], Destination), next == Corners.Count);
    }

    /// <summary>How far it is from the position to the destination along the path.</summary>
    public double RemainingMetres(GeoPoint position)
    {
        var total = 0.0;
        var at = position;
        foreach (var corner in Corners)
        {
            total += GreatCircle.DistanceMetres(at, corner);
            at = corner;
        }

        return total;
    }

    /// <summary>The point the given distance from one point toward another on the great circle; the target itself if it is nearer.</summary>
    public static GeoPoint Toward(GeoPoint from, GeoPoint to, double metres)
    {
        var distance = GreatCircle.DistanceMetres(from, to);
        if (metres >= distance)
        {
            return to;
        }

        if (metres <= 0)
        {
            return from;
        }

        var angle = distance / GreatCircle.MeanEarthRadiusMetres;
        var sine = Math.Sin(angle);
        if (sine < 1e-12)
        {
            // Antipodes: every great circle joins them; none is a road.
            return to;
        }

        var fraction = metres / distance;
        var a = GreatCircle.ToUnitVector(from);
        var b = GreatCircle.ToUnitVector(to);
        var wa = Math.Sin((1 - fraction) * angle) / sine;
        var wb = Math.Sin(fraction * angle) / sine;
        return PointOf((wa * a.X) + (wb * b.X), (wa * a.Y) + (wb * b.Y), (wa * a.Z) + (wb * b.Z));
    }

    /// <summary>The point the given distance from another on the given bearing (degrees clockwise from north).</summary>
    public static GeoPoint Displaced(GeoPoint from, double bearingDegrees, double metres)
    {
        var angle = metres / GreatCircle.MeanEarthRadiusMetres;
        var bearing = bearingDegrees * DegreesToRadians;
        var latitude = from.Latitude * DegreesToRadians;
        var longitude = from.Longitude * DegreesToRadians;
        var toLatitude = Math.Asin(Math.Clamp((Math.Sin(latitude) * Math.Cos(angle)) + (Math.Cos(latitude) * Math.Sin(angle) * Math.Cos(bearing)), -1, 1));
        var toLongitude = longitude + Math.Atan2(
            Math.Sin(bearing) * Math.Sin(angle) * Math.Cos(latitude),
            Math.Cos(angle) - (Math.Sin(latitude) * Math.Sin(toLatitude)));
        return new GeoPoint(Math.Clamp(toLatitude / DegreesToRadians, -90, 90), Wrapped(toLongitude / DegreesToRadians));
    }

    private static GeoPoint PointOf(double x, double y, double z)
    {
        var length = Math.Sqrt((x * x) + (y * y) + (z * z));
        var latitude = Math.Asin(Math.Clamp(z / length, -1, 1)) / DegreesToRadians;
        var longitude = Math.Atan2(y, x) / DegreesToRadians;
        return new GeoPoint(Math.Clamp(latitude, -90, 90), Wrapped(longitude));
    }

    /// <summary>Shares of a whole in <paramref name="count"/> parts of uneven length (between a half and one and a half of even).</summary>
    private static double[] Shares(int count, Random random)
    {
        var weights = Enumerable.Range(0, count).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var sum = weights.Sum();
        return [.. weights.Select(w => w / sum)];
    }

    private static double Wrapped(double longitude)
    {
        while (longitude > 180)
        {
            longitude -= 360;
        }

        while (longitude < -180)
        {
            longitude += 360;
        }

        return longitude;
    }
}
