namespace LocationBoards.Core.Geography;

/// <summary>
/// Distances on the WGS84 mean-radius sphere. Degrees are never distances: every distance in the
/// product comes from here (NetTopologySuite geometry is planar and does no geography).
/// </summary>
public static class GreatCircle
{
    /// <summary>The IUGG mean radius of the WGS84 ellipsoid, in metres.</summary>
    public const double MeanEarthRadiusMetres = 6_371_008.8;

    private const double DegreesToRadians = Math.PI / 180.0;

    /// <summary>Great-circle distance in metres (haversine, stable for small and antipodal distances).</summary>
    public static double DistanceMetres(GeoPoint from, GeoPoint to)
    {
        var lat1 = from.Latitude * DegreesToRadians;
        var lat2 = to.Latitude * DegreesToRadians;
        var dLat = lat2 - lat1;
        var dLon = (to.Longitude - from.Longitude) * DegreesToRadians;
        var sinHalfLat = Math.Sin(dLat / 2);
        var sinHalfLon = Math.Sin(dLon / 2);
        var h = (sinHalfLat * sinHalfLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinHalfLon * sinHalfLon);
        return 2 * MeanEarthRadiusMetres * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    /// <summary>The point as a unit vector from the earth's centre; chord order between unit vectors is great-circle order.</summary>
    public static UnitVector ToUnitVector(GeoPoint point)
    {
        var lat = point.Latitude * DegreesToRadians;
        var lon = point.Longitude * DegreesToRadians;
        var cosLat = Math.Cos(lat);
        return new UnitVector(cosLat * Math.Cos(lon), cosLat * Math.Sin(lon), Math.Sin(lat));
    }

    /// <summary>Great-circle distance in metres for a straight chord between two unit vectors.</summary>
    public static double ChordToMetres(double chordLength) =>
        2 * MeanEarthRadiusMetres * Math.Asin(Math.Min(1.0, chordLength / 2));

    /// <summary>The chord length between two unit vectors separated by a great-circle distance in metres.</summary>
    public static double MetresToChord(double metres) =>
        2 * Math.Sin(Math.Min(Math.PI, metres / MeanEarthRadiusMetres) / 2);
}
