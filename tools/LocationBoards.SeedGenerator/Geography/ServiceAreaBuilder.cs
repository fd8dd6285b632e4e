using LocationBoards.Core.Geography;
using LocationBoards.SeedGenerator.Business;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;
using NetTopologySuite.Triangulate;

namespace LocationBoards.SeedGenerator.Geography;

/// <summary>
/// Delivery areas: each location gets the part of the metro nearer to it than to any other (a Voronoi cell,
/// computed in a local equirectangular projection so that "nearer" means metres, not degrees), widened by about
/// 1.3 km so neighbouring areas overlap, cut to just outside the boundary, simplified to about 100 m, and
/// rounded to five decimals (about a metre).
/// </summary>
internal static class ServiceAreaBuilder
{
    private const double Overlap = 0.012;
    private const double Margin = 0.006;
    private const double Tolerance = 0.001;

    public static void Build(IReadOnlyList<ResolvedLocation> locations, Polygon boundary)
    {
        var cosLat = Math.Cos(boundary.Centroid.Y * Math.PI / 180);
        var factory = Geometries.Factory;
        var projectedBoundary = Transform(boundary, c => new Coordinate(c.X * cosLat, c.Y));
        var limit = projectedBoundary.Buffer(Margin);
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites([.. locations.Select(l => new Coordinate(l.Position.Longitude * cosLat, l.Position.Latitude))]);
        var envelope = limit.EnvelopeInternal.Copy();
        envelope.ExpandBy(0.1);
        builder.ClipEnvelope = envelope;
        var cells = builder.GetDiagram(factory);
        var reducer = new GeometryPrecisionReducer(new PrecisionModel(100_000));
        foreach (var location in locations)
        {
            var site = factory.CreatePoint(new Coordinate(location.Position.Longitude * cosLat, location.Position.Latitude));
            var cell = Enumerable.Range(0, cells.NumGeometries).Select(cells.GetGeometryN).Single(g => g.Covers(site));
            var area = cell.Intersection(limit).Buffer(Overlap).Intersection(limit);
            area = DouglasPeuckerSimplifier.Simplify(area, Tolerance);
            var geographic = reducer.Reduce(Transform(area, c => new Coordinate(c.X / cosLat, c.Y)));
            if (!geographic.IsValid || geographic is not (Polygon or MultiPolygon))
            {
                throw new InvalidOperationException($"The service area of {location.Code} came out as an invalid {geographic.GeometryType}.");
            }

            geographic.SRID = Geometries.Wgs84Srid;
            location.Area = geographic;
            location.ServiceArea = ServiceArea.Parse(ServiceArea.ToGeoJson(geographic));
        }

        var union = factory.BuildGeometry(locations.Select(l => l.Area!)).Union();
        if (!union.Covers(boundary))
        {
            throw new InvalidOperationException("The service areas do not cover the whole boundary.");
        }
    }

    private static Geometry Transform(Geometry geometry, Func<Coordinate, Coordinate> map)
    {
        var copy = geometry.Copy();
        copy.Apply(new CoordinateMap(map));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class CoordinateMap(Func<Coordinate, Coordinate> map) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var mapped = map(seq.GetCoordinate(i));
                seq.SetX(i, mapped.X);
                seq.SetY(i, mapped.Y);
            }
        }
    }
}
