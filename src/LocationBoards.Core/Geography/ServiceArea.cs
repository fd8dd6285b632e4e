using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO.Converters;

namespace LocationBoards.Core.Geography;

/// <summary>
/// A delivery service area: a polygon or multipolygon in longitude/latitude, stored as GeoJSON text.
/// Containment is planar in degrees, which is exact for "is this point inside the drawn shape" as long
/// as an area does not cross the antimeridian (split such an area into a multipolygon).
/// </summary>
public sealed class ServiceArea
{
    private static readonly JsonSerializerOptions GeoJsonOptions = CreateOptions();

    private readonly IPreparedGeometry _prepared;

    private ServiceArea(Geometry geometry)
    {
        Geometry = geometry;
        _prepared = PreparedGeometryFactory.Prepare(geometry);
    }

    public Geometry Geometry { get; }

    public bool Contains(GeoPoint point) => _prepared.Covers(Geometries.ToPoint(point));

    public static ServiceArea Parse(string geoJson)
    {
        if (!TryParse(geoJson, out var area, out var error))
        {
            throw new FormatException(error);
        }

        return area;
    }

    public static bool TryParse(string? geoJson, out ServiceArea area, out string error)
    {
        area = null!;
        if (string.IsNullOrWhiteSpace(geoJson))
        {
            error = "The service area is empty: give a GeoJSON Polygon or MultiPolygon.";
            return false;
        }

        Geometry? geometry;
        try
        {
            geometry = JsonSerializer.Deserialize<Geometry>(geoJson, GeoJsonOptions);
        }
        catch (JsonException ex)
        {
            error = $"The service area is not valid GeoJSON: {ex.Message}";
            return false;
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            error = $"The service area must be a GeoJSON Polygon or MultiPolygon, not {geometry?.GeometryType ?? "nothing"}.";
            return false;
        }

        foreach (var coordinate in geometry.Coordinates)
        {
            if (!GeoPoint.IsValid(coordinate.Y, coordinate.X))
            {
                error = $"The service area has a corner outside the world: [{coordinate.X}, {coordinate.Y}] (GeoJSON order is longitude, latitude).";
                return false;
            }
        }

        if (!geometry.IsValid)
        {
            error = "The service area's outline crosses itself or is not closed.";
            return false;
        }

        geometry.SRID = Geometries.Wgs84Srid;
        area = new ServiceArea(geometry);
        error = string.Empty;
        return true;
    }

    public static string ToGeoJson(Geometry geometry) => JsonSerializer.Serialize(geometry, GeoJsonOptions);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Geometries.Factory));
        return options;
    }
}
