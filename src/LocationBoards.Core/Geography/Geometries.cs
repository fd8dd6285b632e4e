using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace LocationBoards.Core.Geography;

/// <summary>The one geometry factory (WGS84, SRID 4326): x is longitude, y is latitude.</summary>
public static class Geometries
{
    public const int Wgs84Srid = 4326;

    public static GeometryFactory Factory { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), Wgs84Srid);

    public static Point ToPoint(GeoPoint point) => Factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude));
}
